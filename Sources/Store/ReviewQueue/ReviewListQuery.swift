/// One page of a review list: which clusters (queue and filters), in which order, after which
/// cluster (the cursor), and how many.
///
/// The cursor is the id of the last cluster of the previous page: the store reads that
/// cluster's sort values and continues strictly after them (keyset pagination), so a page
/// costs the same at the end of 300,000 clusters as at the start, and a decision taken between
/// two pages neither repeats nor skips a cluster.
public struct ReviewListQuery: Sendable, Hashable {
    public var queue: ReviewQueueKind
    public var sort: ReviewSort
    /// Confidence at least this (inclusive), when set.
    public var minimumConfidence: Double?
    /// Confidence below this (exclusive), when set.
    public var confidenceBelow: Double?
    /// Exact franchise id; "" means clusters without one.
    public var franchise: String?
    public var size: ReviewSizeFilter?
    public var decision: ReviewDecisionFilter
    /// Search keys (see `ReviewSearchKeys`): a cluster matches when one of its members has a
    /// key that starts with one of these. Nil: no search; empty: a search that matches nothing.
    public var searchPrefixes: [String]?
    /// Clusters to leave out (those a reviewer skipped in this session).
    public var excluded: [Int]
    /// The last cluster of the previous page; nil for the first page.
    public var after: Int?
    public var limit: Int

    public init(queue: ReviewQueueKind = .review, sort: ReviewSort = .leastConfident, minimumConfidence: Double? = nil,
                confidenceBelow: Double? = nil, franchise: String? = nil, size: ReviewSizeFilter? = nil,
                decision: ReviewDecisionFilter = .any, searchPrefixes: [String]? = nil, excluded: [Int] = [],
                after: Int? = nil, limit: Int = 20) {
        self.queue = queue
        self.sort = sort
        self.minimumConfidence = minimumConfidence
        self.confidenceBelow = confidenceBelow
        self.franchise = franchise
        self.size = size
        self.decision = decision
        self.searchPrefixes = searchPrefixes
        self.excluded = excluded
        self.after = after
        self.limit = limit
    }
}
