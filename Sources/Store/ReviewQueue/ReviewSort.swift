/// The orders a review list offers, each answered by an index (see `StoreSchema+ReviewQueue`).
public enum ReviewSort: String, Sendable, CaseIterable {
    /// Least confident first: the clusters most likely to be wrong get a person's time first.
    case leastConfident = "least-confident"
    /// Most confident first.
    case mostConfident = "most-confident"
    /// Biggest first (then least confident): one decision settles the most records.
    case biggest
    /// By franchise id (then least confident): a reviewer who knows one franchise's guests
    /// works through it in one go.
    case franchise
    /// By cluster id.
    case clusterID = "cluster-id"
}
