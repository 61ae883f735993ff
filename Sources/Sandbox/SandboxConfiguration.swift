import CRMClient
import CRMModel

/// How a sandbox runs: where it listens, what it holds, whom it lets in, what goes wrong.
public struct SandboxConfiguration: Sendable {
    /// Loopback address to listen on; port 0 picks a free port (see ``SandboxServer/port``).
    public var host: String
    public var port: Int
    /// The key a request must carry; nil lets every request in (a note says so at start).
    public var apiKey: APICredential?
    /// Header and scheme of the key, the same settings as the client's.
    public var authentication: AuthenticationScheme
    /// A JSON Lines file of customers to start with.
    public var dataPath: String?
    /// Customers to start with besides the file's (a tcdedupe database's, say).
    public var initialCustomers: [Customer]
    /// A `customer_search` scroll unused this long expires (the API: 5 minutes).
    public var scrollTTL: Duration
    /// How long after a merge the victims' reservations, memberships and images reach the
    /// victor (the API: asynchronous, minutes).
    public var mergeTransferDelay: Duration
    public var faults: FaultSettings
    /// Added to every answer, as a distant API's round trip (0: none). Waited on the sandbox's
    /// own executor, so requests overlap as they would over a real network.
    public var latency: Duration = .zero
    /// Seeds new ids as well as faults.
    public var seed: UInt64 { faults.seed }
    /// Sync API events kept (older ones are forgotten; a cursor before them answers 410).
    public var syncRetention: Int = 100_000
    /// How `GET /sync_events` answers are shaped.
    public var syncEnvelope: SyncEnvelope = .standard
    /// Receives one line per request (method, path, status, milliseconds; never a header).
    public var requestLog: (@Sendable (String) -> Void)?

    public init(host: String = "127.0.0.1", port: Int = 0, apiKey: APICredential? = nil,
                authentication: AuthenticationScheme = .standard, dataPath: String? = nil, initialCustomers: [Customer] = [],
                scrollTTL: Duration = .seconds(300), mergeTransferDelay: Duration = .seconds(2),
                faults: FaultSettings = .none, requestLog: (@Sendable (String) -> Void)? = nil) {
        self.host = host
        self.port = port
        self.apiKey = apiKey
        self.authentication = authentication
        self.dataPath = dataPath
        self.initialCustomers = initialCustomers
        self.scrollTTL = scrollTTL
        self.mergeTransferDelay = mergeTransferDelay
        self.faults = faults
        self.requestLog = requestLog
    }
}
