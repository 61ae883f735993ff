/// One level of a comparison and the evidence it carries.
///
/// `m` is the probability that a true duplicate pair reaches this level, `u` the probability that
/// two unrelated records do; the level's weight is log2(m/u). `u` is usually estimated from the
/// data by random sampling (`nil` here); a value from the rules file overrides the estimate.
public struct ComparisonLevel: Sendable, Hashable {
    public var label: String
    public var predicate: LevelPredicate
    public var m: Double
    public var u: Double?
    /// Adjust the weight of an exact match by how common the matched value is (Tanaka, a shared
    /// family phone): log2(m / frequency) instead of log2(m / u).
    public var termFrequencyAdjusted: Bool

    public init(label: String? = nil, predicate: LevelPredicate, m: Double, u: Double? = nil,
                termFrequencyAdjusted: Bool = false) {
        self.label = label ?? predicate.defaultLabel
        self.predicate = predicate
        self.m = m
        self.u = u
        self.termFrequencyAdjusted = termFrequencyAdjusted
    }
}
