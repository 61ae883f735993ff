import CRMModel

/// One page of `POST /customer_search`.
public struct SearchPage: Sendable {
    public var customers: [Customer]
    /// The scroll id for the next page (each page brings a new one: use the newest).
    public var scrollID: String?
    /// Customers matching the search in all, as the server counts them.
    public var totalResults: Int?

    public init(customers: [Customer], scrollID: String?, totalResults: Int?) {
        self.customers = customers
        self.scrollID = scrollID
        self.totalResults = totalResults
    }

    /// True for the page that ends a scroll: the contract says to stop at the first empty page.
    public var isEnd: Bool { customers.isEmpty }
}
