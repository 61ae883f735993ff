import ArgumentParser
import Pipeline

/// `--db PATH`, shared by every command that reads or writes the store.
struct DatabaseOption: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "SQLite database file.", discussion: "Default: $TCDEDUPE_DB, else ./tcdedupe.sqlite.",
        valueName: "path"))
    var path: String?

    var resolvedPath: String { Workspace.databasePath(explicit: path) }
}
