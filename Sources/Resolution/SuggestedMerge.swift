import CRMModel
import MatchEvidence

/// A member of a suggested cluster as a reviewer sees it (raw values, not normalized).
public struct MemberSummary: Sendable, Hashable {
    public var customerID: String
    public var firstName: String
    public var lastName: String
    public var phones: [String]
    public var emails: [String]
    /// As stored (nil when the record has none): a reviewer tells family members apart by it.
    public var birthday: String?
    /// As stored (nil when the record has none).
    public var company: String?

    public init(customerID: String, firstName: String, lastName: String, phones: [String], emails: [String],
                birthday: String? = nil, company: String? = nil) {
        self.customerID = customerID
        self.firstName = firstName
        self.lastName = lastName
        self.phones = phones
        self.emails = emails
        self.birthday = birthday
        self.company = company
    }
}

/// One suggested merge: a cluster of customers believed to be one person, its victor, the PUT
/// that would merge it, and the evidence.
public struct SuggestedMerge: Sendable, Hashable {
    /// Stable within a run: clusters are numbered in a deterministic order.
    public var clusterID: Int
    /// Franchise shared by every member ("" when the records carry none).
    public var franchiseID: String
    /// Probability of the weakest link holding the cluster together (the cluster's spanning tree).
    public var confidence: Double
    /// Match weight of that weakest link.
    public var matchWeight: Double
    /// True when `apply --auto` would merge it: confidence at or above the auto-merge threshold,
    /// no over-merge guard objection, size within the cap.
    public var autoMergeEligible: Bool
    /// Why the over-merge guard sent it to review (empty when it did not).
    public var reviewReasons: [String]
    /// Victor, victims and the exact PUT body.
    public var plan: MergePlan
    /// Members, victor first, then victims in `plan.victimIDs` order.
    public var members: [MemberSummary]
    /// Evidence for the links that hold the cluster together.
    public var explanations: [PairExplanation]
    /// What resolution could not carry over (an invalid phone, a victim's birthday, ...).
    public var notes: [String]

    public init(clusterID: Int, franchiseID: String, confidence: Double, matchWeight: Double,
                autoMergeEligible: Bool, reviewReasons: [String], plan: MergePlan,
                members: [MemberSummary], explanations: [PairExplanation], notes: [String] = []) {
        self.clusterID = clusterID
        self.franchiseID = franchiseID
        self.confidence = confidence
        self.matchWeight = matchWeight
        self.autoMergeEligible = autoMergeEligible
        self.reviewReasons = reviewReasons
        self.plan = plan
        self.members = members
        self.explanations = explanations
        self.notes = notes
    }
}
