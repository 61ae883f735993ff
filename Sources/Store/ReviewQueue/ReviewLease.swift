/// A cluster held by one reviewer's browser until `expiresAt` (ISO 8601 UTC).
public struct ReviewLease: Sendable, Hashable {
    public var clusterID: Int
    /// The browser session holding it (a random id the page makes).
    public var holder: String
    /// Who is looking at it, as the page shows it to the others.
    public var reviewer: String
    public var expiresAt: String

    public init(clusterID: Int, holder: String, reviewer: String, expiresAt: String) {
        self.clusterID = clusterID
        self.holder = holder
        self.reviewer = reviewer
        self.expiresAt = expiresAt
    }
}
