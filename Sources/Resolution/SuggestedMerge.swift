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
    /// The memo as stored (nil when the record has none): allergies and preferences live there.
    public var memo: String?
    /// Tags as stored.
    public var tags: [String]
    /// One line per address (``AddressText``).
    public var addresses: [String]
    /// One line per event (`birthday 1984-03-05`).
    public var events: [String]
    /// The consent flags of the rules that the record holds, as stored (`allow_marketing: false`).
    public var consent: JSONObject

    public init(customerID: String, firstName: String, lastName: String, phones: [String], emails: [String],
                birthday: String? = nil, company: String? = nil, memo: String? = nil, tags: [String] = [],
                addresses: [String] = [], events: [String] = [], consent: JSONObject = JSONObject()) {
        self.customerID = customerID
        self.firstName = firstName
        self.lastName = lastName
        self.phones = phones
        self.emails = emails
        self.birthday = birthday
        self.company = company
        self.memo = memo
        self.tags = tags
        self.addresses = addresses
        self.events = events
        self.consent = consent
    }
}

/// One suggested merge: a cluster of customers believed to be one person, its victor, the PUT
/// that would merge it, and the evidence.
public struct SuggestedMerge: Sendable, Hashable {
    /// Stable within a run: clusters are numbered in a deterministic order.
    public var clusterID: Int
    /// Stable across runs: the customer id of the cluster's oldest member (``ClusterKey``); nil
    /// for merges stored before keys were kept.
    public var clusterKey: String?
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
    /// What resolution could not carry over, or decided on a person's behalf (an invalid phone,
    /// a second birthday kept in the memo, an opt-out passed on, ...).
    public var notes: [String]
    /// The victor as the PUT leaves it (names, phones and emails appended, memo, tags,
    /// addresses, events, consent); nil for merges stored before it was kept.
    public var after: MemberSummary?

    public init(clusterID: Int, franchiseID: String, confidence: Double, matchWeight: Double,
                autoMergeEligible: Bool, reviewReasons: [String], plan: MergePlan,
                members: [MemberSummary], explanations: [PairExplanation], notes: [String] = [],
                after: MemberSummary? = nil, clusterKey: String? = nil) {
        self.clusterID = clusterID
        self.clusterKey = clusterKey
        self.franchiseID = franchiseID
        self.confidence = confidence
        self.matchWeight = matchWeight
        self.autoMergeEligible = autoMergeEligible
        self.reviewReasons = reviewReasons
        self.plan = plan
        self.members = members
        self.explanations = explanations
        self.notes = notes
        self.after = after
    }
}
