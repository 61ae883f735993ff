/// Accuracy of one matcher run against the ground truth: pairwise figures at several thresholds
/// and cluster-level figures.
public struct EvaluationReport: Sendable, Hashable {
    /// The thresholds reported when none are given.
    public static let defaultThresholds: [Double] = [0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999]

    /// Customers evaluated: those in the universe that the truth knows.
    public var evaluatedCustomers: Int
    /// Customers of the universe that the truth does not know (left out).
    public var unknownCustomers: Int
    /// Entities with at least one evaluated customer.
    public var trueEntities: Int
    /// Entities with two or more evaluated customers.
    public var trueEntitiesWithDuplicates: Int
    /// True matching pairs among evaluated customers: Σ n·(n−1)/2 over entity sizes.
    public var truePairs: Int
    /// Scored pairs left out: an id unknown to the truth or outside the universe, a customer
    /// paired with itself, or a probability that is not a number.
    public var ignoredPairs: Int
    /// Every distinct scored pair, whatever its probability.
    public var allPairs: PairwiseMetrics
    /// Pairwise figures at each threshold, ascending.
    public var thresholds: [PairwiseMetrics]
    /// Figures of the predicted clusters.
    public var clusters: ClusterMetrics

    public init(evaluatedCustomers: Int, unknownCustomers: Int, trueEntities: Int, trueEntitiesWithDuplicates: Int,
                truePairs: Int, ignoredPairs: Int, allPairs: PairwiseMetrics, thresholds: [PairwiseMetrics],
                clusters: ClusterMetrics) {
        self.evaluatedCustomers = evaluatedCustomers
        self.unknownCustomers = unknownCustomers
        self.trueEntities = trueEntities
        self.trueEntitiesWithDuplicates = trueEntitiesWithDuplicates
        self.truePairs = truePairs
        self.ignoredPairs = ignoredPairs
        self.allPairs = allPairs
        self.thresholds = thresholds
        self.clusters = clusters
    }

    /// The pairwise figures at exactly `threshold`, if it was evaluated.
    public func pairwise(at threshold: Double) -> PairwiseMetrics? {
        thresholds.first { $0.threshold == threshold }
    }
}
