/// One cluster of a review list: the stored cluster (without its member rows: the payload
/// holds the members) and, when another browser holds it right now, that lease.
public struct ReviewListRow: Sendable, Hashable {
    public var cluster: ClusterRow
    public var lease: ReviewLease?

    public init(cluster: ClusterRow, lease: ReviewLease?) {
        self.cluster = cluster
        self.lease = lease
    }
}
