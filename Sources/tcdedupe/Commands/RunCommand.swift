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

        After a first full run, `run` is incremental: it finds the customers new, edited or \
        gone since the last full run (by their stored JSON, whatever stored it: sync, export, \
        import), keeps that run's model (m, u, prior and the value counts exact matches are \
        weighed by), scores only the pairs that changed, re-clusters only the groups they touch \
        and carries the other clusters over with their numbers. The result equals `run --full \
        --model-from BASE` over the same customers. It runs in full instead, saying why, when \
        there is no earlier run, the rules changed, or more than 20 % of the customers changed.
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

    @Flag(help: ArgumentHelp(
        "Rebuild everything: estimate a new model and score every candidate pair.",
        discussion: "Use it after many changes, or from time to time, so the model follows the base; later runs build on it."))
    var full = false

    @Option(name: .customLong("model-from"), help: ArgumentHelp(
        "With --full: score with the model of run RUN (m, u, prior, value counts) instead of estimating one.",
        discussion: """
        What an incremental run is checked against: a full run over the same customers with the \
        model it kept. RUN must be a full run made by this tcdedupe.
        """, valueName: "run"))
    var modelFrom: Int64?

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
            let progress = quiet ? nil : CLI.progressLine
            let summary: RunSummary
            if dryRun {
                // Other rules make another model: a dry run is always a full run.
                guard modelFrom == nil else { throw ValidationError("--dry-run cannot keep a model (--model-from): the rules it tries make their own") }
                var job = BatchRun(databasePath: database.resolvedPath, rules: ruleSet, threads: threads.resolved, train: train)
                job.kind = .dryRun
                summary = try job.execute(progress: progress)
            } else if let modelFrom {
                guard full else { throw ValidationError("--model-from needs --full: an incremental run always keeps its base's model") }
                var job = BatchRun(databasePath: database.resolvedPath, rules: ruleSet, threads: threads.resolved, train: false)
                job.keptModel = try KeptModel.load(databasePath: database.resolvedPath, runID: modelFrom)
                summary = try job.execute(progress: progress)
            } else if full {
                summary = try BatchRun(databasePath: database.resolvedPath, rules: ruleSet, threads: threads.resolved,
                                       train: train).execute(progress: progress)
            } else {
                summary = try IncrementalRun(databasePath: database.resolvedPath, rules: ruleSet, threads: threads.resolved,
                                             train: train).execute(progress: progress)
            }
            CLI.finishProgress()
            if dryRun { try sayDryRun(summary) } else { CLI.say(json ? summary.jsonText : summary.text) }
        }
    }
}
