import ArgumentParser
import Pipeline

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

    @Flag(help: "Print the summary as one JSON object.")
    var json = false

    @Flag(help: "No progress lines.")
    var quiet = false

    func run() throws {
        try CLI.perform {
            let ruleSet = try Workspace.loadRules(path: rules)
            let job = BatchRun(databasePath: database.resolvedPath, rules: ruleSet,
                               threads: threads.resolved, train: train)
            let summary = try job.execute(progress: quiet ? nil : CLI.progressLine)
            CLI.finishProgress()
            CLI.say(json ? summary.jsonText : summary.text)
        }
    }
}
