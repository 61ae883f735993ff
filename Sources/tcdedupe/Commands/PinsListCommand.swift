import ArgumentParser
import Reviewing

struct PinsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the live never-merge pins, newest first (with --all, lifted ones too)."
    )

    @OptionGroup var database: DatabaseOption

    @Option(help: ArgumentHelp("Only the pins of this customer.", valueName: "id"))
    var customer: String?

    @Flag(help: "Also list lifted pins (history).")
    var all = false

    @Flag(help: "One JSON object: {\"pins\": [{id, customer_a, customer_b, reason, run_id, cluster_key, created_by, created_at, note, lifted_at, lifted_by}]}.")
    var json = false

    func run() throws {
        try CLI.perform {
            let book = try PinBook(databasePath: database.resolvedPath, readOnly: true)
            let pins = try book.list(customerID: customer, includeLifted: all)
            CLI.say(json ? PinBook.json(pins) : PinBook.text(pins))
        }
    }
}
