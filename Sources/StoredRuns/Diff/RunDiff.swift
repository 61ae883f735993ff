import Store

/// What changed between two runs' clusters: a count per ``ClusterChange`` and a few examples.
public struct RunDiff: Sendable {
    public var fromRun: Int64
    public var toRun: Int64
    public var fromKind: RunKind
    public var toKind: RunKind
    public var clustersBefore: Int
    public var clustersAfter: Int
    /// Customers in some cluster, in each run.
    public var clusteredBefore: Int
    public var clusteredAfter: Int
    /// Groups per change; every change is present, zero or not.
    public var counts: [ClusterChange: Int]
    /// At most the asked-for number per change, the groups with the most customers first.
    public var examples: [ClusterChange: [DiffExample]]

    public init(fromRun: Int64, toRun: Int64, fromKind: RunKind, toKind: RunKind, clustersBefore: Int, clustersAfter: Int,
                clusteredBefore: Int, clusteredAfter: Int, counts: [ClusterChange: Int], examples: [ClusterChange: [DiffExample]]) {
        self.fromRun = fromRun
        self.toRun = toRun
        self.fromKind = fromKind
        self.toKind = toKind
        self.clustersBefore = clustersBefore
        self.clustersAfter = clustersAfter
        self.clusteredBefore = clusteredBefore
        self.clusteredAfter = clusteredAfter
        self.counts = counts
        self.examples = examples
    }

    public func count(_ change: ClusterChange) -> Int { counts[change] ?? 0 }
}
