import ArgumentParser
import Pipeline

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure a run against ground truth (pairwise and cluster-level precision and recall).",
        discussion: "The truth file is CSV with the header customer_id,entity_id (as `generate` writes it)."
    )

    @Option(help: ArgumentHelp("Ground truth CSV.", valueName: "file.csv"))
    var truth: String

    @OptionGroup var database: DatabaseOption

    @Option(name: .customLong("run"), help: "Run id (default: the latest run).")
    var runID: Int64?

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    func run() throws {
        try CLI.perform {
            let result = try EvaluationJob(databasePath: database.resolvedPath, runID: runID, truthPath: truth).run()
            CLI.say(json ? result.jsonText : result.text)
        }
    }
}
