import ArgumentParser

/// The `tcdedupe` command: a thin shell over the Pipeline library, one file per subcommand.
@main
struct TCDedupe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tcdedupe",
        abstract: "Find and merge duplicate customers in a TableCheck CRM customer base.",
        discussion: """
        Workflow: import an export (or generate a sample), run the matcher, read the report, \
        then merge. Everything is kept in one SQLite file (--db, $TCDEDUPE_DB, or ./tcdedupe.sqlite).

          tcdedupe import customers.jsonl
          tcdedupe run
          tcdedupe report --format csv --out merges.csv
          tcdedupe report --format json --out merges.json --auto-merge-only
          tcdedupe report --format html --out merges.html
          tcdedupe review

        `tcdedupe demo` does all of it on a generated base.
        """,
        version: "0.1.0",
        subcommands: [
            ImportCommand.self, RunCommand.self, ReportCommand.self, StatusCommand.self,
            DiffCommand.self, GenerateCommand.self, EvaluateCommand.self, DemoCommand.self, RulesCommand.self,
            ExportCommand.self, SyncCommand.self, SandboxCommand.self, ReviewCommand.self, DecideCommand.self, PinsCommand.self, AuditCommand.self,
            ApplyCommand.self, MatchCommand.self,
            JournalCommand.self, RestoreCommand.self,
        ]
    )
}
