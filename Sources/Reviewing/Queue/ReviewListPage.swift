import CRMModel

/// One page of a review list as the page's script reads it: the clusters, and the cursor for
/// the next page (nil at the end).
public struct ReviewListPage {
    public var clusters: [JSONValue]
    public var nextCursor: Int?

    public init(clusters: [JSONValue], nextCursor: Int?) {
        self.clusters = clusters
        self.nextCursor = nextCursor
    }
}
