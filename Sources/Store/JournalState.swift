/// Where one cluster's merge stands in the journal.
///
/// `planned → snapshotted → sent → verified`, or `skipped` / `failed` with a reason. `sent` is
/// written *before* the request leaves, so after a crash a cluster in `sent` may or may not have
/// been merged, and is checked before anything is sent again: a merge is never sent twice blind.
public enum JournalState: String, Sendable, CaseIterable {
    case planned
    case snapshotted
    case sent
    case verified
    case skipped
    case failed

    /// Nothing more will be done for the cluster in this run.
    public var isFinal: Bool { self == .verified || self == .skipped }
}
