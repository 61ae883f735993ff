/// What became of an earlier approval in a later run's cluster.
public enum CarriedState: String, Sendable, Hashable, CaseIterable {
    /// Same members, none changed: the approval holds (and is this run's decision too).
    case holds
    /// The approved members, unchanged, plus new ones: only the links to the new ones need review.
    case grown
    /// A member changed or left since the approval: the cluster needs review again.
    case changed
}
