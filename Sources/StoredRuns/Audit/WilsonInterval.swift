/// The Wilson score interval of a proportion: where the true share of successes lies, given
/// `successes` out of `trials` drawn at random.
///
/// Chosen over the textbook p ± z·√(p(1−p)/n) because an audit's precision is near 1 and the
/// sample small: there the textbook interval claims certainty (30 of 30 gives [1, 1]) and
/// leaves [0, 1]; Wilson's stays inside [0, 1] and keeps an honest width at the edges
/// (30 of 30 gives a lower bound of 0.886).
public struct WilsonInterval: Sendable, Hashable {
    public var low: Double
    public var high: Double

    /// The normal quantile of a two-sided 95 % interval.
    public static let z95 = 1.959963984540054

    /// The interval of `successes` out of `trials` at confidence `z` (default 95 %); nil without trials.
    public init?(successes: Int, trials: Int, z: Double = WilsonInterval.z95) {
        guard trials > 0, successes >= 0, successes <= trials else { return nil }
        let n = Double(trials)
        let p = Double(successes) / n
        let z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let halfWidth = z / (1 + z2 / n) * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        low = max(0, centre - halfWidth)
        high = min(1, centre + halfWidth)
    }

    public func contains(_ x: Double) -> Bool { low <= x && x <= high }
}
