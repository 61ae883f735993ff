/// One cluster's row in the merge journal.
public struct JournalEntry: Sendable, Hashable {
    public var runID: Int64
    public var clusterID: Int
    public var victorID: String
    public var victimIDs: [String]
    public var state: JournalState
    /// How the cluster was chosen: `auto`, `auto-threshold 0.995`, `approved`.
    public var mode: String
    /// The base URL the merge went to (never the key).
    public var apiURL: String?
    /// The PUT body, as JSON, once it was fixed (at the snapshot).
    public var requestBody: String?
    /// Why it was skipped or failed.
    public var reason: String?
    /// PUTs sent (or possibly sent) for this cluster.
    public var attempts: Int
    public var createdAt: String
    public var updatedAt: String

    public init(runID: Int64, clusterID: Int, victorID: String, victimIDs: [String], state: JournalState,
                mode: String, apiURL: String? = nil, requestBody: String? = nil, reason: String? = nil,
                attempts: Int = 0, createdAt: String = "", updatedAt: String = "") {
        self.runID = runID
        self.clusterID = clusterID
        self.victorID = victorID
        self.victimIDs = victimIDs
        self.state = state
        self.mode = mode
        self.apiURL = apiURL
        self.requestBody = requestBody
        self.reason = reason
        self.attempts = attempts
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
