/// How well predicted clusters reproduce the true entities.
///
/// Every evaluated customer not listed in any predicted cluster counts as a cluster of its own.
public struct ClusterMetrics: Sendable, Hashable {
    /// Predicted clusters with two or more evaluated customers.
    public var predictedClusters: Int
    /// Predicted clusters (two or more members) whose members are exactly one true entity's
    /// customers — no one missing, no one extra.
    public var exactClusters: Int
    /// Predicted clusters that join customers of two or more entities.
    public var overmergedClusters: Int
    /// Entities with duplicates whose customers are spread over more than one cluster.
    public var splitEntities: Int
    /// Pairwise figures of the clustering: the pairs a cluster implies (every two members).
    public var pairwise: PairwiseMetrics
    /// B-cubed precision: mean over customers of the share of their cluster that is their entity.
    public var bcubedPrecision: Double
    /// B-cubed recall: mean over customers of the share of their entity that is in their cluster.
    public var bcubedRecall: Double
    /// Cluster members that were skipped: unknown to the truth or outside the universe.
    public var ignoredMembers: Int

    public var bcubedF1: Double {
        let p = bcubedPrecision
        let r = bcubedRecall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public init(predictedClusters: Int, exactClusters: Int, overmergedClusters: Int, splitEntities: Int,
                pairwise: PairwiseMetrics, bcubedPrecision: Double, bcubedRecall: Double, ignoredMembers: Int) {
        self.predictedClusters = predictedClusters
        self.exactClusters = exactClusters
        self.overmergedClusters = overmergedClusters
        self.splitEntities = splitEntities
        self.pairwise = pairwise
        self.bcubedPrecision = bcubedPrecision
        self.bcubedRecall = bcubedRecall
        self.ignoredMembers = ignoredMembers
    }
}
