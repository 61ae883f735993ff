import ArgumentParser
import Reviewing

struct PinsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Pin two customers apart: no later run suggests them in one cluster."
    )

    @Argument(help: "The first customer id.")
    var customerA: String

    @Argument(help: "The second customer id.")
    var customerB: String

    @Option(help: "Why (kept with the pin).")
    var note: String?

    @Option(help: "Name recorded with the pin (default: $TCDEDUPE_REVIEWER, else $USER).")
    var reviewer: String?

    @OptionGroup var database: DatabaseOption

    func run() throws {
        try CLI.perform {
            let book = try PinBook(databasePath: database.resolvedPath)
            let (pin, isNew) = try book.add(customerA, customerB, by: ReviewerName.resolve(explicit: reviewer), note: note)
            CLI.say((isNew ? "pinned: " : "already pinned: ") + PinBook.line(pin))
        }
    }
}
