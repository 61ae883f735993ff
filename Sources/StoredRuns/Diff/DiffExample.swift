/// One group of clusters that changed: the older run's clusters and the newer run's.
public struct DiffExample: Sendable, Hashable {
    public var before: [DiffCluster]
    public var after: [DiffCluster]

    public init(before: [DiffCluster], after: [DiffCluster]) {
        self.before = before
        self.after = after
    }
}
