import ArgumentParser
import CRMClient
import Exporting
import Pipeline
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export customers from the TableCheck CRM API into the database.",
        discussion: """
        Walks POST /customer_search page by page (200 customers a page) until the end, storing \
        each page as it arrives: customers are upserted by id and kept exactly as the API sent \
        them. The API key comes from $TABLECHECK_API_KEY or --api-key-file (a file only you may \
        read); it is never printed or stored.

        Interrupted (Ctrl-C, crash, network loss)? Run the same command with --resume: it goes \
        on from the last stored page, or starts a new scroll when the old one expired, and still \
        ends with every customer once. 5xx answers, timeouts and dropped connections are retried \
        with backoff; 429 waits for Retry-After; 401/403 stop at once. At the end the stored \
        count is checked against the API's total_results.

          export TABLECHECK_API_KEY=…
          tcdedupe export --api-url https://api.tablecheck.com/api/crm/v1
          tcdedupe export --api-url https://api.tablecheck.com/api/crm/v1 --resume
          tcdedupe export --api-url http://127.0.0.1:8080/api/crm/v1 --search '{"has_email": true}'
        """
    )

    @OptionGroup var api: APIOptions

    @OptionGroup var database: DatabaseOption

    @Option(help: ArgumentHelp(#"Search parameters as a JSON object, e.g. '{"has_email": true}'. Default: every customer."#, valueName: "json"))
    var search: String?

    @Flag(help: "Continue the unfinished export stored in the database.")
    var resume = false

    @Flag(help: "No progress output.")
    var quiet = false

    func run() throws {
        try CLI.perform { try execute() }
    }

    private func execute() throws {
        // Ctrl-C: every stored page is already committed with the export's state, so stopping
        // at once loses nothing; say how to go on.
        signal(SIGINT) { _ in
            let message = "\ninterrupted: the pages stored so far are kept; run the same command with --resume to go on\n"
            _ = message.withCString { write(2, $0, strlen($0)) }
            _exit(CLI.ExitStatus.interrupted)
        }
        do {
            let options = ExportOptions(connection: api.connection, databasePath: database.resolvedPath,
                                        search: search, resume: resume)
            let throttle = ProgressThrottle(interval: isatty(2) != 0 ? .milliseconds(100) : .seconds(2))
            var progress: (@Sendable (ExportProgress) -> Void)?
            if !quiet {
                progress = { p in
                    guard throttle.due() else { return }
                    CLI.progressLine(isatty(2) != 0 ? p.bar() : p.line)
                }
            }
            let result = try ExportJob(options: options).run(progress: progress, notice: { message in
                CLI.finishProgress()
                if !quiet { CLI.warn(message) }
            })
            CLI.finishProgress()
            CLI.say(result.text)
            for warning in result.warnings { CLI.warn(warning) }
        }
    }
}

/// Lets a progress line through at most once per interval.
final class ProgressThrottle: Sendable {
    private let interval: Duration
    private let last = Mutex<ContinuousClock.Instant?>(nil)

    init(interval: Duration) { self.interval = interval }

    func due() -> Bool {
        let now = ContinuousClock.now
        return last.withLock { last in
            if let previous = last, now - previous < interval { return false }
            last = now
            return true
        }
    }
}
