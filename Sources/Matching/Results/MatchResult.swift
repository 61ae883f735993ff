import MatchEvidence

/// What matching found: the model it used, the pairs above the review threshold, the clusters.
public struct MatchResult: Sendable {
    /// The weights as used: m from the rules (or EM), u estimated from random pairs, the prior.
    public let model: ScoringModel
    /// Pairs at or above the review threshold, in candidate order (ascending `a`, then `b`).
    public let pairs: [ScoredPair]
    public let clusters: [MatchedCluster]
    public let statistics: MatchStatistics
    let comparer: PairComparer
    /// Every candidate pair blocking proposed, packed `i << 32 | j`, ascending: kept with a
    /// run's standing state, so that a later incremental run knows which pairs were compared.
    public internal(set) var candidates: [UInt64] = []

    /// The evidence for one pair: each comparison's level and weight, summing (with the prior)
    /// to the pair's match weight.
    /// - Parameter ids: customer ids by record index, to name the pair.
    public func explanation(for pair: ScoredPair, ids: [String]) -> PairExplanation {
        explanation(Int(pair.a), Int(pair.b), ids: ids)
    }

    /// The evidence for any two records of the table (they need not be a candidate pair).
    public func explanation(_ i: Int, _ j: Int, ids: [String]) -> PairExplanation {
        ExplanationBuilder(comparer: comparer).explain(i, j, ids: ids)
    }
}
