/// Everything a ``CRMClient`` needs to know: where, who, how fast, how patient.
public struct CRMClientConfiguration: Sendable {
    public var baseURL: BaseURL
    public var credential: APICredential
    public var authentication: AuthenticationScheme
    /// Requests started per second at most (0: no limit). The API publishes no figure, so this
    /// is the operator's setting.
    public var requestsPerSecond: Double
    /// Requests in flight at once at most.
    public var concurrency: Int
    public var timeouts: Timeouts
    public var retry: RetryPolicy
    /// A proxy URL to send requests through; nil leaves it to libcurl's environment variables
    /// (`https_proxy`, `http_proxy`, `all_proxy`, `no_proxy`). Either way a loopback base URL is
    /// never proxied: see ``BaseURL/proxy(configured:)``.
    public var proxy: String?
    /// The Sync API's base; nil derives it from ``baseURL`` (see ``BaseURL/syncAPIBase``).
    public var syncBaseURL: BaseURL?

    public init(
        baseURL: BaseURL, credential: APICredential, authentication: AuthenticationScheme = .standard,
        requestsPerSecond: Double = 10, concurrency: Int = 4, timeouts: Timeouts = Timeouts(), retry: RetryPolicy = RetryPolicy(),
        proxy: String? = nil, syncBaseURL: BaseURL? = nil
    ) {
        self.syncBaseURL = syncBaseURL
        self.baseURL = baseURL
        self.credential = credential
        self.authentication = authentication
        self.requestsPerSecond = requestsPerSecond
        self.concurrency = concurrency
        self.timeouts = timeouts
        self.retry = retry
        self.proxy = proxy
    }
}
