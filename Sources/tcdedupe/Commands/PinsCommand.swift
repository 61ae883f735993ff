import ArgumentParser

/// `tcdedupe pins`: never-merge pins, listed, added and lifted.
struct PinsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pins",
        abstract: "List, add or lift \"never merge these two customers\" pins.",
        discussion: """
        A pin says two customers are different people. Reviewing makes them: rejecting a cluster \
        pins its members apart (every pair up to 40 members; a bigger cluster pins its links and \
        every member against its victor), and removing a member by hand pins it against the rest. \
        Every later run honours the live pins: it never puts a pinned pair in one cluster, not even \
        through a chain of other records, so a rejected cluster is not suggested again. Undoing a \
        rejection on the review page, or `pins remove`, lifts a pin; lifted pins stay listed with \
        --all as history. A pin of a customer the CRM deleted or merged away does nothing.

          tcdedupe pins list
          tcdedupe pins list --customer 5f1c... --json
          tcdedupe pins add ID_A ID_B --note "twins, same phone"
          tcdedupe pins remove ID_A ID_B
          tcdedupe pins remove 17
        """,
        subcommands: [PinsListCommand.self, PinsAddCommand.self, PinsRemoveCommand.self],
        defaultSubcommand: PinsListCommand.self
    )
}
