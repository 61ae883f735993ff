/// What one comparison said about a pair: the level it reached and the weight that level carries.
///
/// The weights of a pair's outcomes, plus the prior, sum to its match weight (log2 of the
/// Bayes factor), so a reviewer can trace every point of the score to one rule.
public struct ComparisonOutcome: Sendable, Hashable {
    /// Comparison name as in the rules file (`name`, `phone`, `email`, `birthday`, ...).
    public var comparison: String
    /// Level label as in the rules file (`exact`, `jaro_winkler_0.92`, `different`, `missing`, ...).
    public var level: String
    /// log2(m/u) of this level, after any frequency adjustment.
    public var weight: Double
    /// The values compared, for people (`tanaka taro ~ tanaka tarou`). May be empty.
    public var detail: String

    public init(comparison: String, level: String, weight: Double, detail: String = "") {
        self.comparison = comparison
        self.level = level
        self.weight = weight
        self.detail = detail
    }
}
