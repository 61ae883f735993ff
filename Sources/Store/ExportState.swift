/// Where an export from the CRM API stands: enough to resume it after an interruption.
public struct ExportState: Sendable, Hashable {
    /// The API base URL it reads from.
    public var apiURL: String
    /// The search parameters, as JSON text (`{}` for every customer).
    public var search: String
    /// The newest scroll id, for the next page; nil before the first page of a scroll.
    public var scrollID: String?
    /// `total_results` of the newest page.
    public var totalResults: Int?
    /// Pages stored so far, across scrolls.
    public var pages: Int
    /// Customers received so far, across scrolls (a customer seen in two scrolls counts twice).
    public var received: Int
    /// Customers received in the current scroll (the progress of this walk).
    public var receivedInScroll: Int
    /// Scrolls begun: 1, plus one per restart after an expiry or a resume without a live scroll.
    public var scrollsStarted: Int
    /// ISO 8601 (UTC) times from the database's clock.
    public var startedAt: String
    public var updatedAt: String
    public var finishedAt: String?

    public init(apiURL: String, search: String, scrollID: String? = nil, totalResults: Int? = nil, pages: Int = 0,
                received: Int = 0, receivedInScroll: Int = 0, scrollsStarted: Int = 0, startedAt: String, updatedAt: String, finishedAt: String? = nil) {
        self.apiURL = apiURL
        self.search = search
        self.scrollID = scrollID
        self.totalResults = totalResults
        self.pages = pages
        self.received = received
        self.receivedInScroll = receivedInScroll
        self.scrollsStarted = scrollsStarted
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        self.finishedAt = finishedAt
    }

    public var isFinished: Bool { finishedAt != nil }
}
