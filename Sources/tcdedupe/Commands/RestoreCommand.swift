import ArgumentParser
import Pipeline

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Print the snapshot apply took of a customer before merging it away.",
        discussion: """
            A merge destroys its victims and cannot be undone through the API. apply snapshots \
            every customer of a cluster before it sends the merge; this prints the newest snapshot \
            of one, so a wrong merge can be repaired by hand (or with --recreate, which POSTs it \
            as a new customer).
            """
    )

    @OptionGroup var database: DatabaseOption

    @Option(help: ArgumentHelp("The id of the customer that was merged away.", valueName: "id"))
    var customer: String

    func run() throws {
        try CLI.perform {
            let found = try SnapshotLookup.latest(databasePath: database.resolvedPath, customerID: customer)
            let s = found.snapshot
            CLI.note("snapshot of \(s.customerID) (\(s.role.rawValue) of cluster \(s.clusterID), run \(s.runID)), taken \(s.takenAt)")
            print(found.prettyJSON)
        }
    }
}
