import ArgumentParser
import Pipeline

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import customers from a JSON array, JSON Lines, or saved customer_search pages.",
        discussion: """
        Records are upserted by id and kept exactly as they came, unknown fields included. A bad \
        record (malformed JSON, no id, broken UTF-8, an absurdly large value) is rejected with its \
        line number and reason; the rest still import, and the exit code is then 3 (done with \
        rejects), so a script can tell.
        """
    )

    @Argument(help: ArgumentHelp("The export file.", valueName: "file"))
    var file: String

    @OptionGroup var database: DatabaseOption

    @Option(help: ArgumentHelp("Write rejected records (line, reason, raw text) to this JSONL file.", valueName: "file"))
    var rejects: String?

    @Flag(help: "No progress lines.")
    var quiet = false

    func run() throws {
        try CLI.perform {
            let result = try ImportJob(file: file, databasePath: database.resolvedPath, rejectsPath: rejects)
                .run(progress: quiet ? nil : CLI.progressLine)
            CLI.finishProgress()
            CLI.say(result.text)
            if result.rejected > 0 && !quiet {
                CLI.warn("\(result.rejected) record(s) rejected\(rejects.map { "; see \($0)" } ?? "; rerun with --rejects FILE to keep them")")
            }
            // The accepted records are stored; the exit code still tells a script that some were not.
            if result.rejected > 0 { throw ExitCode(CLI.ExitStatus.importedWithRejects) }
        }
    }
}
