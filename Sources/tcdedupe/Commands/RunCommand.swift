import ArgumentParser
import Pipeline
import Store

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a batch dedupe over every customer in the store.",
        discussion: """
        Normalizes, blocks, scores in parallel, clusters and resolves; stores the run (rules \
        fingerprint, counts, timings) and its suggested merges, and prints a summary. Without \
        --rules the built-in default is used (`tcdedupe rules --print-default` shows it).
        """
    )

    @OptionGroup var database: DatabaseOption

    @Option(help: ArgumentHelp("Rules file (YAML).", valueName: "file"))
    var rules: String?

    @OptionGroup var threads: ThreadsOption

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(
        "Learn the m probabilities from this base (EM) before scoring.",
        discussion: """
        --no-train scores with the m written in the rules. Training also keeps the rules' m, and \
        the summary says why, when too few candidate pairs agree on both names (rules: \
        training.min_pairs) or EM does not converge within training.max_iterations. The summary, \
        `status` and the HTML report state which weights the run used.
        """))
    var train = true

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(
        "Try these rules without replacing the latest run: store a dry run and show what it would change.",
        discussion: """
        The run is stored as a dry run: review, apply, report, status and the next run keep \
        reading the latest live run. After the summary comes the diff from that live run (as \
        `tcdedupe diff --to dry-run` prints it; with --json under "diff"). The store keeps only \
        the newest dry run; `apply` refuses one.
        """))
    var dryRun = false

    @Flag(help: "Print the summary as one JSON object.")
    var json = false

    @Flag(help: "No progress lines.")
    var quiet = false

    func run() throws {
        try CLI.perform {
            let ruleSet = try Workspace.loadRules(path: rules)
            var job = BatchRun(databasePath: database.resolvedPath, rules: ruleSet,
                               threads: threads.resolved, train: train)
            if dryRun { job.kind = .dryRun }
            let summary = try job.execute(progress: quiet ? nil : CLI.progressLine)
            CLI.finishProgress()
            if dryRun { try sayDryRun(summary) } else { CLI.say(json ? summary.jsonText : summary.text) }
        }
    }
}
