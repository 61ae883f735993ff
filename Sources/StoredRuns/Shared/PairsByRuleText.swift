/// The candidate pairs of a run and each blocking rule's share, as one line's text, for the run
/// summary and `status`.
///
/// A pair found by several rules (same phone and same name) is counted under each of them, and
/// under one rule once per key it shares (two phones in common: twice under `phone`), while the
/// total counts it once: the shares add up to more than the total, and the text says so, so that
/// nobody reads the difference as pairs lost.
public enum PairsByRuleText {
    public static let overlapNote = "a pair found by several rules or keys counts under each"

    /// `134,993  (a pair found by several rules or keys counts under each: address 383, email 2,001)`,
    /// or the total alone when the shares are not known (an incremental run counts only the total).
    public static func text(total: Int, byRule: [(rule: String, pairs: Int)]) -> String {
        guard !byRule.isEmpty else { return group(total) }
        let rules = byRule.sorted { $0.rule < $1.rule }.map { "\($0.rule) \(group($0.pairs))" }.joined(separator: ", ")
        return "\(group(total))  (\(overlapNote): \(rules))"
    }
}
