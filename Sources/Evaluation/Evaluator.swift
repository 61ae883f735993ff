/// Scores a matcher's output against the ground truth.
///
/// The *universe* is the set of customers that were matched (the evaluated base). Recall counts
/// the true pairs among customers that are both in the universe and in the truth: for each entity
/// with `n` such customers, `n·(n−1)/2` pairs. Predictions touching anyone outside it are ignored.
public struct Evaluator: Sendable {
    public let truth: GroundTruth

    public init(truth: GroundTruth) {
        self.truth = truth
    }

    /// Evaluates scored pairs and clusters.
    ///
    /// - Parameters:
    ///   - pairs: the scored pairs the matcher kept (typically those above its review threshold).
    ///     A pair listed twice counts once, with its highest probability; order within a pair does
    ///     not matter.
    ///   - clusters: predicted clusters of customer ids; customers in none are singletons.
    ///   - universe: the customers of the evaluated base; `nil` means every customer in the truth.
    ///   - thresholds: probabilities at which to report pairwise figures.
    /// - Throws: ``EvaluationError`` if a customer is in two clusters or a threshold is not in 0...1.
    /// - Complexity: O(p log p + n log n) for p pairs and n customers.
    public func evaluate(
        pairs: [ScoredPair], clusters: [[String]], universe: Set<String>? = nil,
        thresholds: [Double] = EvaluationReport.defaultThresholds
    ) throws(EvaluationError) -> EvaluationReport {
        for t in thresholds where !(t >= 0 && t <= 1) {
            throw EvaluationError(code: .invalidThreshold, message: "threshold \(t) is not between 0 and 1")
        }
        let scope = Scope(truth: truth, universe: universe)
        let pairOutcome = PairTable(pairs: pairs, truth: truth, scope: scope)
        let sortedThresholds = Array(Set(thresholds)).sorted()
        let clusterMetrics = try ClusterEvaluation.evaluate(clusters: clusters, truth: truth, scope: scope)
        return EvaluationReport(
            evaluatedCustomers: scope.evaluatedCount,
            unknownCustomers: scope.unknownCount,
            trueEntities: scope.entitySizes.lazy.filter { $0 > 0 }.count,
            trueEntitiesWithDuplicates: scope.entitySizes.lazy.filter { $0 > 1 }.count,
            truePairs: scope.truePairs,
            ignoredPairs: pairOutcome.ignored,
            allPairs: pairOutcome.metrics(at: 0, truePairs: scope.truePairs),
            thresholds: sortedThresholds.map { pairOutcome.metrics(at: $0, truePairs: scope.truePairs) },
            clusters: clusterMetrics)
    }

    /// Evaluates pairs given as tuples, as the matcher produces them.
    public func evaluate(
        pairs: [(a: String, b: String, probability: Double)], clusters: [[String]], universe: Set<String>? = nil,
        thresholds: [Double] = EvaluationReport.defaultThresholds
    ) throws(EvaluationError) -> EvaluationReport {
        try evaluate(pairs: pairs.map { ScoredPair($0.a, $0.b, probability: $0.probability) },
                     clusters: clusters, universe: universe, thresholds: thresholds)
    }
}
