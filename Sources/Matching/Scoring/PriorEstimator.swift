/// Estimates the prior: the probability that two random records of one franchise are one person.
///
/// The expected number of matches among all pairs is, to a very good approximation, the sum of
/// the candidate pairs' match probabilities (pairs that blocking never proposed share nothing and
/// are almost never matches). Those probabilities depend on the prior itself, so the estimate is
/// the fixed point of `prior = Σ P(match | weight, prior) / all pairs`, computed over a histogram
/// of the candidates' weights.
struct PriorEstimator {
    private static let binWidth = 0.125
    private static let lowest = -128.0
    private var bins = [Int](repeating: 0, count: Int(256 / PriorEstimator.binWidth))

    mutating func add(weight: Double) {
        let b = Int(((weight - Self.lowest) / Self.binWidth).rounded(.down))
        bins[min(max(b, 0), bins.count - 1)] += 1
    }

    mutating func merge(_ other: PriorEstimator) {
        for k in bins.indices { bins[k] += other.bins[k] }
    }

    /// The fixed point, clamped to [1e-12, 0.5].
    /// - Parameter totalPairs: all within-franchise pairs, Σ n_f(n_f − 1)/2.
    func estimate(totalPairs: Double, initial: Double) -> Double {
        guard totalPairs > 0 else { return initial }
        var prior = min(max(initial, 1e-12), 0.5)
        for _ in 0..<200 {
            let logit = ScoringModel.Level.log2(prior / (1 - prior))
            var expected = 0.0
            for (k, count) in bins.enumerated() where count > 0 {
                let w = Self.lowest + (Double(k) + 0.5) * Self.binWidth
                expected += Double(count) * ScoringModel.probability(weight: w + logit)
            }
            let next = min(max(expected / totalPairs, 1e-12), 0.5)
            if abs(next - prior) <= prior * 1e-7 { prior = next; break }
            prior = next
        }
        return prior
    }
}
