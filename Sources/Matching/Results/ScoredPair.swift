/// A candidate pair that reached the review threshold.
public struct ScoredPair: Sendable, Hashable {
    /// Record indexes into the matched table, `a < b`.
    public var a: Int32
    public var b: Int32
    /// Prior plus the comparisons' weights.
    public var weight: Double
    public var probability: Double
    public var pattern: LevelPattern

    public init(a: Int32, b: Int32, weight: Double, probability: Double, pattern: LevelPattern) {
        self.a = a
        self.b = b
        self.weight = weight
        self.probability = probability
        self.pattern = pattern
    }
}
