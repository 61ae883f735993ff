import ArgumentParser
import CRMClient
import Pipeline
import Sandbox
import Support

struct SandboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run a local server that plays the TableCheck CRM API, with injected faults.",
        discussion: """
        For tests, demos and rehearsals: serves the CRM API contract under /api/crm/v1 on \
        127.0.0.1 (customer_search with scrolls, GET /customers with its caps, GET/PUT/DELETE \
        /customers/ID with the nested-object and merge rules, POST /customers), in memory. \
        Faults are drawn from --seed, so a run can be repeated. One line per request goes to \
        stderr (method, path, status, milliseconds). Stop it with Ctrl-C.

          tcdedupe generate --customers 5000 --out base.jsonl --truth truth.csv
          tcdedupe sandbox --port 8080 --data base.jsonl --api-key test-key --fail-rate 0.05
          TABLECHECK_API_KEY=test-key tcdedupe export --api-url http://127.0.0.1:8080/api/crm/v1

        An expired scroll is answered 410 {"error":"scroll_expired"}.

        The Sync API: every change made through these endpoints (POST, PUT, DELETE, merges: \
        the victor updated, the victims deleted) is an event of GET /api/sync/v1/sync_events \
        ?since_id=ID&limit=N (ids 1, 2, …; --sync-retention events kept, an older cursor \
        answers 410 {"error":"sync_cursor_expired"}). Changes made by others: \
        POST /_sandbox/simulate_changes {"changes": 16500, "seed": 7} (or "inserts", "edits", \
        "deletes", "merges"), with the API key.
        """
    )

    @Option(help: "Port on 127.0.0.1 (0: any free port, printed at start).")
    var port: Int = 8080

    @Option(help: ArgumentHelp("Customers to start with, one JSON object per line.", valueName: "file.jsonl"))
    var data: String?

    @Option(name: .customLong("db"), help: ArgumentHelp("Also start with the customers of this tcdedupe database.", valueName: "path"))
    var database: String?

    @Option(name: .customLong("api-key"), help: ArgumentHelp(
        "The key requests must carry (a test key: it shows in ps). Default: $TABLECHECK_API_KEY; with neither, no key is needed.",
        valueName: "key"))
    var apiKey: String?

    @OptionGroup var authentication: AuthenticationOptions

    @Option(help: ArgumentHelp("A scroll unused this long expires.", valueName: "seconds"))
    var scrollTTL: Double = 300

    @Option(help: ArgumentHelp("Delay before a merge moves the victims' reservations, memberships and images.", valueName: "seconds"))
    var mergeDelay: Double = 2

    @Option(help: ArgumentHelp("Fraction of requests answered 500.", valueName: "fraction"))
    var failRate: Double = 0

    @Option(help: ArgumentHelp("Fraction of requests answered 503 with Retry-After (see --unavailable-retry-after), doing nothing.", valueName: "fraction"))
    var unavailableRate: Double = 0

    @Option(help: ArgumentHelp("The Retry-After of those 503s.", valueName: "seconds"))
    var unavailableRetryAfter: Int = 1

    @Option(help: ArgumentHelp("Fraction of requests carried out, then the connection dropped without an answer.", valueName: "fraction"))
    var dropRate: Double = 0

    @Option(help: ArgumentHelp("Fraction of requests answered late (see --slow-ms).", valueName: "fraction"))
    var slowRate: Double = 0

    @Option(help: "Delay of a slow answer, in milliseconds.")
    var slowMs: Int = 500

    @Option(help: ArgumentHelp("Requests per second accepted before answering 429 with Retry-After.", valueName: "n"))
    var rateLimit: Int?

    @Option(help: ArgumentHelp("Expire every open scroll once, when this many scroll pages have been served (tests of expiry).", valueName: "n"))
    var expireScrollsAtPage: Int?

    @Option(help: ArgumentHelp("Break a scroll for good after this many of its pages: its scroll ids then answer --break-scroll-status.", valueName: "n"))
    var breakScrollAtPage: Int?

    @Option(help: ArgumentHelp("The status a broken scroll answers (500, 422, ...).", valueName: "status"))
    var breakScrollStatus: Int = 500

    @Option(help: ArgumentHelp("How many scrolls break (later ones work).", valueName: "n"))
    var breakScrollCount: Int = 1

    @Option(help: ArgumentHelp("After a merge, its victims go on answering GET with their old record for this long (the API completes merges asynchronously).", valueName: "ms"))
    var victimsLingerMs: Int = 0

    @Option(help: ArgumentHelp("Sync API events kept; a cursor older than the oldest kept answers 410 (sync then says to export again).", valueName: "n"))
    var syncRetention: Int = 100_000

    @Option(help: ArgumentHelp("Shape of GET /sync_events answers: standard, bare-array or next-link (the client reads each).", valueName: "shape"))
    var syncEnvelope: String = SyncEnvelope.standard.rawValue
    @Option(help: ArgumentHelp("Every answer takes this much longer, as a distant API's round trip (requests still overlap).", valueName: "ms"))
    var latencyMs: Int = 0

    @Option(help: "Seed of the faults and of new ids.")
    var seed: UInt64 = 1

    @Flag(help: "No request log.")
    var quiet = false

    /// One line per request on stderr.
    @Sendable static func logRequest(_ line: String) {
        FileHandleStandardError.write(TerminalText.escaped(line) + "\n")
    }

    func validate() throws {
        for (name, rate) in [("--fail-rate", failRate), ("--drop-rate", dropRate), ("--slow-rate", slowRate),
                               ("--unavailable-rate", unavailableRate)] where !(0...1).contains(rate) {
            throw ValidationError("\(name) must be between 0 and 1")
        }
        if port < 0 || port > 65_535 { throw ValidationError("--port must be between 0 and 65535") }
        if scrollTTL <= 0 { throw ValidationError("--scroll-ttl must be more than 0 seconds") }
        if let n = breakScrollAtPage, n < 1 { throw ValidationError("--break-scroll-at-page must be at least 1") }
        if !(400...599).contains(breakScrollStatus) { throw ValidationError("--break-scroll-status must be an HTTP error status (400-599)") }
        if latencyMs < 0 { throw ValidationError("--latency-ms must be 0 or more") }
        if victimsLingerMs < 0 { throw ValidationError("--victims-linger-ms must be 0 or more") }
        if unavailableRetryAfter < 0 { throw ValidationError("--unavailable-retry-after must be 0 or more") }
        if let rateLimit, rateLimit < 1 { throw ValidationError("--rate-limit must be at least 1") }
        if syncRetention < 1 { throw ValidationError("--sync-retention must be at least 1") }
        if SyncEnvelope(rawValue: syncEnvelope) == nil {
            throw ValidationError("--sync-envelope must be one of \(SyncEnvelope.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        try CLI.perform { try execute() }
    }

    private func execute() throws {
        do {
            let key: APICredential?
            if let apiKey {
                guard let credential = APICredential(key: apiKey) else { throw ValidationError("--api-key is empty") }
                key = credential
            } else {
                key = try? CredentialLoader.load(file: nil)
            }
            let faults = FaultSettings(failRate: failRate, dropRate: dropRate, slowRate: slowRate, slowMilliseconds: slowMs,
                                       rateLimit: rateLimit, expireScrollsAtPage: expireScrollsAtPage,
                                       unavailableRate: unavailableRate, unavailableRetryAfter: unavailableRetryAfter,
                                       breakScrollAtPage: breakScrollAtPage, breakScrollStatus: breakScrollStatus,
                                       breakScrollCount: breakScrollCount, victimLinger: .milliseconds(victimsLingerMs), seed: seed)
            var configuration = SandboxConfiguration(
                port: port, apiKey: key, authentication: authentication.scheme,
                dataPath: data, scrollTTL: .milliseconds(Int64(scrollTTL * 1000)), mergeTransferDelay: .milliseconds(Int64(mergeDelay * 1000)),
                faults: faults, requestLog: quiet ? nil : Self.logRequest)
            configuration.syncRetention = syncRetention
            configuration.syncEnvelope = SyncEnvelope(rawValue: syncEnvelope) ?? .standard
            configuration.latency = .milliseconds(latencyMs)
            try SandboxJob(configuration: configuration, databasePath: database).run { line in
                CLI.say(line)
                fflushStandardOutput()
            }
        }
    }
}
