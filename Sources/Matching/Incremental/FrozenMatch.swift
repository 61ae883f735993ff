/// What matching with a kept model found (see ``Matcher/match(_:keeping:frequencies:previous:options:)``).
public struct FrozenMatch: Sendable {
    /// Every pair at or above the review threshold; the clusters of the records in
    /// ``rebuiltRecords`` only when an earlier match was given (all clusters otherwise).
    public let result: MatchResult
    /// Candidate pairs compared now (all of them without an earlier match).
    public let scoredCandidates: Int
    /// Pairs kept from the earlier match without comparing them again.
    public let keptPairs: Int
    /// Records whose connected component (over the pairs) changed, ascending: their clusters
    /// are rebuilt; every other record's cluster is the earlier one.
    public let rebuiltRecords: [Int]
}
