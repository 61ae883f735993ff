import ArgumentParser
import CRMClient
import Pipeline
import Syncing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Bring the database in step with the CRM through the Sync API (changes since the last export or sync).",
        discussion: """
        Reads GET /sync_events from the cursor the last export (recorded before it began \
        reading) or sync stored. Customers created or updated are fetched by id (once each per \
        page) and upserted with their raw JSON; deleted ones, and those answering 404 when \
        fetched, are moved to the deleted customers with their last JSON, never dropped. Each \
        page's changes and its cursor are stored in one transaction: interrupted, the same \
        command goes on from there, and running it twice does no harm. Same key, rate, retries \
        and options as export.

        The Sync API sits beside the CRM API: …/api/crm/v1 → …/api/sync/v1 (--sync-url to \
        give another). A cursor the feed no longer holds (too old) cannot be bridged: sync \
        says so and stops (exit 1); run tcdedupe export again.

          tcdedupe export --api-url https://api.tablecheck.com/api/crm/v1      # once
          tcdedupe sync --api-url https://api.tablecheck.com/api/crm/v1        # then, as often as wanted
        """
    )

    @OptionGroup var api: APIOptions

    @OptionGroup var database: DatabaseOption

    @Option(help: ArgumentHelp("Base URL of the Sync API. Default: the --api-url with /crm/v1 replaced by /sync/v1.", valueName: "url"))
    var syncURL: String?

    @Option(help: ArgumentHelp("Events asked per request; each page is stored as one batch.", valueName: "n"))
    var pageSize: Int = CRMClient.defaultSyncPageSize

    @Flag(help: "No progress output.")
    var quiet = false

    func validate() throws {
        if pageSize < 1 || pageSize > 10_000 { throw ValidationError("--page-size must be between 1 and 10000") }
    }

    func run() throws {
        try CLI.perform { try execute() }
    }

    private func execute() throws {
        // Ctrl-C: every stored batch is committed with its cursor; stopping at once loses nothing.
        signal(SIGINT) { _ in
            let message = "\ninterrupted: the changes stored so far are kept with their cursor; run the same command to go on\n"
            _ = message.withCString { write(2, $0, strlen($0)) }
            _exit(CLI.ExitStatus.interrupted)
        }
        var connection = api.connection
        connection.syncURL = syncURL
        let options = SyncOptions(connection: connection, databasePath: database.resolvedPath, pageSize: pageSize)
        let throttle = ProgressThrottle(interval: isatty(2) != 0 ? .milliseconds(100) : .seconds(2))
        // Tests only: end the process the hard way once this many batches are stored, to
        // check that a killed sync, run again, converges.
        let crashAfterBatches = getenv("TCDEDUPE_SYNC_CRASH_AFTER_BATCHES").flatMap { Int(String(cString: $0)) }
        let quiet = quiet
        let progress: @Sendable (SyncProgress) -> Void = { p in
            if let crashAfterBatches, p.counts.batches >= crashAfterBatches { _exit(75) }
            guard !quiet, throttle.due() else { return }
            CLI.progressLine(p.line)
        }
        let result = try SyncJob(options: options).run(progress: progress, notice: { message in
            CLI.finishProgress()
            if !quiet { CLI.warn(message) }
        })
        CLI.finishProgress()
        CLI.say(result.text)
    }
}
