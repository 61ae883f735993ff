/// How `tcdedupe review` serves: where, for which run, and who the reviewer is.
public struct ReviewServerConfiguration: Sendable {
    public var databasePath: String
    public var runID: Int64?
    /// Loopback by default: the page shows customer data and takes decisions.
    public var host: String
    /// 0 picks a free port.
    public var port: Int
    /// Recorded with every decision.
    public var reviewer: String
    /// The secret the page's URL carries; a fresh random one when nil.
    public var token: String?
    /// Build the run's search keys in the background when it has none (the default).
    public var buildsSearchIndex: Bool

    public init(databasePath: String, runID: Int64? = nil, host: String = "127.0.0.1", port: Int = 8080,
                reviewer: String, token: String? = nil, buildsSearchIndex: Bool = true) {
        self.databasePath = databasePath
        self.runID = runID
        self.host = host
        self.port = port
        self.reviewer = reviewer
        self.token = token
        self.buildsSearchIndex = buildsSearchIndex
    }
}
