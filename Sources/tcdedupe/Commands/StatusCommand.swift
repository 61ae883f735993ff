import ArgumentParser
import Pipeline
import StoredRuns

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show what the store holds: customers, runs, the latest run's summary."
    )

    @OptionGroup var database: DatabaseOption

    @Flag(help: "One JSON object (with at least `customers` and `runs`).")
    var json = false

    func run() throws {
        try CLI.perform {
            let status = try StoreStatus.collect(databasePath: database.resolvedPath)
            CLI.say(json ? status.jsonText : status.text)
        }
    }
}
