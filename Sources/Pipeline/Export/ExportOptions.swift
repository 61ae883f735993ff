import CRMClient

/// What `tcdedupe export` was asked to do.
public struct ExportOptions: Sendable {
    public var apiURL: String
    public var databasePath: String
    /// Search parameters as JSON text (`{"has_email": true}`); nil or empty for every customer.
    public var search: String?
    /// Continue the unfinished export stored in the database.
    public var resume: Bool
    /// Where the key is; nil reads `TABLECHECK_API_KEY`.
    public var apiKeyFile: String?
    public var authentication: AuthenticationScheme
    public var requestsPerSecond: Double
    public var concurrency: Int
    public var retry: RetryPolicy
    public var timeouts: Timeouts

    public init(apiURL: String, databasePath: String, search: String? = nil, resume: Bool = false, apiKeyFile: String? = nil,
                authentication: AuthenticationScheme = .standard, requestsPerSecond: Double = 10, concurrency: Int = 2,
                retry: RetryPolicy = RetryPolicy(), timeouts: Timeouts = Timeouts()) {
        self.apiURL = apiURL
        self.databasePath = databasePath
        self.search = search
        self.resume = resume
        self.apiKeyFile = apiKeyFile
        self.authentication = authentication
        self.requestsPerSecond = requestsPerSecond
        self.concurrency = concurrency
        self.retry = retry
        self.timeouts = timeouts
    }
}
