/// One cluster of a run's audit sample, as stored (see `CustomerStore+Audit.swift`).
public struct AuditSampleRow: Sendable, Hashable {
    public var clusterID: Int
    /// 1-based place in the seeded random order of the run's auto-merge clusters.
    public var position: Int
    public var seed: UInt64
    /// ISO 8601 UTC time the cluster joined the sample.
    public var drawnAt: String

    public init(clusterID: Int, position: Int, seed: UInt64, drawnAt: String) {
        self.clusterID = clusterID
        self.position = position
        self.seed = seed
        self.drawnAt = drawnAt
    }
}
