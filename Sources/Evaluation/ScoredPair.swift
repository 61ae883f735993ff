/// A candidate match the matcher kept: two customer ids and its match probability.
public struct ScoredPair: Sendable, Hashable {
    public var a: String
    public var b: String
    public var probability: Double

    public init(_ a: String, _ b: String, probability: Double) {
        self.a = a
        self.b = b
        self.probability = probability
    }
}
