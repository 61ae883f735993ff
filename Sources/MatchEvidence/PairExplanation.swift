/// The evidence for one scored pair of customers.
public struct PairExplanation: Sendable, Hashable {
    public var customerA: String
    public var customerB: String
    /// Prior log2 odds plus the sum of the outcomes' weights.
    public var matchWeight: Double
    /// Match probability in [0, 1] implied by `matchWeight`.
    public var probability: Double
    /// The prior's share of the weight (log2 of prior odds).
    public var priorWeight: Double
    public var outcomes: [ComparisonOutcome]

    public init(customerA: String, customerB: String, matchWeight: Double, probability: Double,
                priorWeight: Double, outcomes: [ComparisonOutcome]) {
        self.customerA = customerA
        self.customerB = customerB
        self.matchWeight = matchWeight
        self.probability = probability
        self.priorWeight = priorWeight
        self.outcomes = outcomes
    }
}
