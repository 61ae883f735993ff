import ArgumentParser
import Reviewing

struct PinsRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Lift a pin, by its id or by the two customers it names; the next run may suggest them together again.",
        discussion: """
          tcdedupe pins remove 17
          tcdedupe pins remove ID_A ID_B
        The pin stays in the history (tcdedupe pins list --all).
        """
    )

    @Argument(help: ArgumentHelp("A pin id, or the two customer ids of the pin.", valueName: "pin-id | id-a id-b"))
    var target: [String]

    @Option(help: "Name recorded as who lifted it (default: $TCDEDUPE_REVIEWER, else $USER).")
    var reviewer: String?

    @OptionGroup var database: DatabaseOption

    func validate() throws {
        guard target.count == 2 || (target.count == 1 && Int64(target[0]) != nil) else {
            throw ValidationError("give a pin id (a number) or two customer ids")
        }
    }

    func run() throws {
        try CLI.perform {
            let book = try PinBook(databasePath: database.resolvedPath)
            let name = ReviewerName.resolve(explicit: reviewer)
            let pin = target.count == 1 ? try book.lift(id: Int64(target[0])!, by: name) : try book.lift(target[0], target[1], by: name)
            CLI.say("lifted: " + PinBook.line(pin))
        }
    }
}
