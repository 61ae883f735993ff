import MatchEvidence

/// One likely duplicate of a checked record: a customer of the base, its weight and evidence.
public struct FoundDuplicate: Sendable, Hashable {
    public let customerID: String
    /// Prior plus the comparisons' weights, as a full run with the record in the base would weigh the pair.
    public let matchWeight: Double
    public let probability: Double
    /// At or above the rules' review threshold: a run would suggest the pair for review.
    public let overReviewThreshold: Bool
    /// At or above the auto-merge threshold. A run also asks person evidence of every link
    /// of an auto-merged cluster; this says only that the pair's probability is high enough.
    public let overAutoMergeThreshold: Bool
    /// The evidence per comparison, as the reports and the review page show it.
    public let explanation: PairExplanation
}
