import CRMModel

/// What the resolver decided for one cluster: the merge to send and what a reviewer should know.
public struct ResolvedCluster: Sendable, Hashable {
    /// Victor, victims (in victor-choice order) and the exact PUT body.
    public var plan: MergePlan
    /// Members as a reviewer sees them, victor first, then victims in `plan.victimIDs` order.
    public var members: [MemberSummary]
    /// Things the merge loses or cannot do (an invalid phone dropped by `overwrite_phones`, a
    /// victim's birthday the victor lacks, ...), one sentence each, in a stable order.
    public var notes: [String]

    public init(plan: MergePlan, members: [MemberSummary], notes: [String]) {
        self.plan = plan
        self.members = members
        self.notes = notes
    }
}
