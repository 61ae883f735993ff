import ArgumentParser
import CRMClient
import Merging
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

    @Flag(help: "POST the snapshot to the CRM API as a new customer (it gets a new id), instead of printing it.")
    var recreate = false

    @Option(help: ArgumentHelp("With --recreate: base URL of the CRM API.", valueName: "url"))
    var apiURL: String?

    @Option(help: ArgumentHelp("With --recreate: file holding the API key (default: $TABLECHECK_API_KEY).", valueName: "path"))
    var apiKeyFile: String?

    @OptionGroup var authentication: AuthenticationOptions

    func validate() throws {
        if recreate && apiURL == nil { throw ValidationError("--recreate needs --api-url") }
    }

    func run() throws {
        try CLI.perform {
            let found = try SnapshotLookup.latest(databasePath: database.resolvedPath, customerID: customer)
            let s = found.snapshot
            CLI.note("snapshot of \(s.customerID) (\(s.role.rawValue) of cluster \(s.clusterID), run \(s.runID)), taken \(s.takenAt)")
            guard recreate, let apiURL else {
                CLI.say(found.prettyJSON)
                return
            }
            let connection = APIConnection(apiURL: apiURL, apiKeyFile: apiKeyFile, authentication: authentication.scheme)
            let created = try found.recreate(connection: connection)
            CLI.say("recreated \(s.customerID) as a new customer: \(created.id)")
        }
    }
}
