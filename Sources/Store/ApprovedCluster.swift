/// A merge a reviewer approved: what `apply --approved` sends, one PUT per cluster.
public struct ApprovedCluster: Sendable, Hashable {
    public var clusterID: Int
    public var victorID: String
    public var victimIDs: [String]
    /// The PUT body resolved when the reviewer decided (JSON text); `apply` re-resolves after
    /// re-fetching the members, so this is what the reviewer saw, not a promise.
    public var planBody: String?
    public var reviewer: String
    public var decidedAt: String

    public init(clusterID: Int, victorID: String, victimIDs: [String], planBody: String?, reviewer: String,
                decidedAt: String) {
        self.clusterID = clusterID
        self.victorID = victorID
        self.victimIDs = victimIDs
        self.planBody = planBody
        self.reviewer = reviewer
        self.decidedAt = decidedAt
    }
}
