import CRMModel

/// What the resolver decided for one cluster: the merge to send and what a reviewer should know.
public struct ResolvedCluster: Sendable, Hashable {
    /// Victor, victims (in victor-choice order) and the exact PUT body.
    public var plan: MergePlan
    /// Members as a reviewer sees them, victor first, then victims in `plan.victimIDs` order.
    public var members: [MemberSummary]
    /// Things the merge loses or cannot do (an invalid phone not carried over, a second
    /// birthday kept in the memo, an opt-out passed on, ...), one sentence each, in a stable order.
    public var notes: [String]
    /// The victor as the PUT leaves it, for people to check before anything is sent.
    public var after: MemberSummary

    public init(plan: MergePlan, members: [MemberSummary], notes: [String], after: MemberSummary) {
        self.plan = plan
        self.members = members
        self.notes = notes
        self.after = after
    }
}
