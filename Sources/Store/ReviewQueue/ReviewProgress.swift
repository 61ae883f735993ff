/// How far the reviewers are through a queue: "1,204 of 38,561 decided".
public struct ReviewProgress: Sendable, Hashable {
    /// Clusters in the queue.
    public var total: Int
    /// Approved or rejected.
    public var decided: Int
    public var approved: Int
    public var rejected: Int
    /// Held by a reviewer's browser right now (live leases).
    public var leased: Int

    public init(total: Int, decided: Int, approved: Int, rejected: Int, leased: Int) {
        self.total = total
        self.decided = decided
        self.approved = approved
        self.rejected = rejected
        self.leased = leased
    }
}
