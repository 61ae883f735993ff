/// A reviewer's decision on one cluster as the page shows it (the review page only).
public struct ReviewMark: Sendable, Hashable {
    /// `approved`, `rejected` or `undecided` (edited only).
    public var verdict: String
    public var reviewer: String
    /// ISO 8601 UTC.
    public var decidedAt: String
    /// Set when the reviewer chose the victor by hand.
    public var chosenVictorID: String?
    /// Members the reviewer took out of the cluster.
    public var removedMemberIDs: [String]

    public init(verdict: String, reviewer: String, decidedAt: String, chosenVictorID: String? = nil,
                removedMemberIDs: [String] = []) {
        self.verdict = verdict
        self.reviewer = reviewer
        self.decidedAt = decidedAt
        self.chosenVictorID = chosenVictorID
        self.removedMemberIDs = removedMemberIDs
    }
}
