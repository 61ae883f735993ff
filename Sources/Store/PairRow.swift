/// A scored pair of customers at or above the review threshold, kept for `evaluate`.
public struct PairRow: Sendable, Hashable {
    public var a: String
    public var b: String
    public var probability: Double
    public var matchWeight: Double

    public init(a: String, b: String, probability: Double, matchWeight: Double) {
        self.a = a
        self.b = b
        self.probability = probability
        self.matchWeight = matchWeight
    }
}
