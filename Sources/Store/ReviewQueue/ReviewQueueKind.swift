/// Which clusters of a run a review list draws from.
public enum ReviewQueueKind: String, Sendable, CaseIterable {
    /// The clusters that need a person: below the auto-merge threshold, or held back by a guard
    /// or the size cap (`auto_merge = 0`). The default.
    case review
    /// The clusters `apply --auto` would merge without a person.
    case auto
    /// Every cluster of the run.
    case all
    /// The auto-merge clusters sampled for an audit (`audit_samples`, written by `tcdedupe
    /// audit`), in the sample's order; empty when no audit was drawn.
    case audit
}
