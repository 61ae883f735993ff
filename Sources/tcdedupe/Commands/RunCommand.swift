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

    @Flag(help: "Estimate the m probabilities from the data (EM) and store them with the run.")
    var train = false

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
