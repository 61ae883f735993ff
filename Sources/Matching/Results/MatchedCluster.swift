/// Records believed to be one person, held together by the pairs in `links`.
public struct MatchedCluster: Sendable, Hashable {
    /// Record indexes, ascending.
    public var members: [Int]
    /// Probability of the weakest link of the cluster's spanning tree.
    public var confidence: Double
    /// Match weight of that link.
    public var weakestWeight: Double
    /// The links that joined the members (a spanning tree: members − 1 pairs), strongest first.
    public var links: [ScoredPair]
    /// Why the cluster must be reviewed, even above the auto-merge threshold (empty when not).
    public var reviewReasons: [String]
    /// Things a reviewer should know that do not stop an auto-merge (a related record the
    /// over-merge guard kept out).
    public var notes: [String]
    /// Confidence at or above the auto-merge threshold, no guard objection, size within the cap.
    public var autoMergeEligible: Bool
}
