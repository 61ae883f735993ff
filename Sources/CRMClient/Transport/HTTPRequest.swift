/// One request to the CRM API, relative to the base URL.
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    /// Path below the base URL, starting with `/` (`/customers/abc`), query included.
    public var path: String
    /// JSON body, when there is one.
    public var body: [UInt8]?
    /// Whether sending it twice does no harm: decides whether a failure may be retried.
    public var isSafeToRetry: Bool
    /// A base other than the client's (the Sync API sits beside the CRM API); nil: the client's.
    public var baseURL: BaseURL?

    public init(method: HTTPMethod, path: String, body: [UInt8]? = nil, isSafeToRetry: Bool, baseURL: BaseURL? = nil) {
        self.method = method
        self.path = path
        self.body = body
        self.isSafeToRetry = isSafeToRetry
        self.baseURL = baseURL
    }

    /// `POST /customer_search` in the log and in errors (never a body or a header).
    var summary: String { "\(method.rawValue) \(path)" }
}
