/// Where the CRM API is and how to talk to it: what `export` and `apply` share.
public struct APIConnection: Sendable {
    public var apiURL: String
    /// Where the key is; nil reads `TABLECHECK_API_KEY`.
    public var apiKeyFile: String?
    public var authentication: AuthenticationScheme
    public var requestsPerSecond: Double
    public var concurrency: Int
    public var retry: RetryPolicy
    public var timeouts: Timeouts
    /// The Sync API's base URL; nil derives it from ``apiURL`` (`…/crm/v1` → `…/sync/v1`).
    public var syncURL: String?

    public init(apiURL: String, apiKeyFile: String? = nil, authentication: AuthenticationScheme = .standard,
                requestsPerSecond: Double = 10, concurrency: Int = 2, retry: RetryPolicy = RetryPolicy(),
                timeouts: Timeouts = Timeouts()) {
        self.apiURL = apiURL
        self.apiKeyFile = apiKeyFile
        self.authentication = authentication
        self.requestsPerSecond = requestsPerSecond
        self.concurrency = concurrency
        self.retry = retry
        self.timeouts = timeouts
    }

    /// The base URL, checked (`http://` only to this machine).
    public func baseURL() throws -> BaseURL { try BaseURL(apiURL) }

    /// A client for this connection; the key is read here (file or environment).
    public func makeClient(observer: (@Sendable (ClientEvent) -> Void)? = nil) throws -> CRMClient {
        let credential = try CredentialLoader.load(file: apiKeyFile)
        let baseURL = try baseURL()
        return CRMClient(
            configuration: CRMClientConfiguration(
                baseURL: baseURL, credential: credential, authentication: authentication,
                requestsPerSecond: requestsPerSecond, concurrency: concurrency, timeouts: timeouts, retry: retry,
                syncBaseURL: try syncURL.map { try BaseURL($0) }),
            observer: observer)
    }
}
