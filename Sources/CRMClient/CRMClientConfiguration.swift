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

    public init(
        baseURL: BaseURL, credential: APICredential, authentication: AuthenticationScheme = .standard,
        requestsPerSecond: Double = 10, concurrency: Int = 4, timeouts: Timeouts = Timeouts(), retry: RetryPolicy = RetryPolicy()
    ) {
        self.baseURL = baseURL
        self.credential = credential
        self.authentication = authentication
        self.requestsPerSecond = requestsPerSecond
        self.concurrency = concurrency
        self.timeouts = timeouts
        self.retry = retry
    }
}
