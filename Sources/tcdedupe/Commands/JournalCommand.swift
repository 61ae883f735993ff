import ArgumentParser
import Merging
import Pipeline

struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "List what `apply` did: each cluster's state, attempts and reason.",
        discussion: """
            States: planned → snapshotted → sent → verified, or skipped / failed with the reason. \
            A cluster left in `sent` by an interrupted apply is checked against the CRM by the next \
            apply before anything is sent again.
            """
    )

    @OptionGroup var database: DatabaseOption

    @Option(name: .customLong("run"), help: "Only this run (default: every run).")
    var runID: Int64?

    @Flag(help: "One JSON object per line.")
    var json = false

    func run() throws {
        try CLI.perform {
            let listing = try JournalListing.load(databasePath: database.resolvedPath, runID: runID)
            CLI.say(json ? listing.jsonLines : listing.text)
        }
    }
}
