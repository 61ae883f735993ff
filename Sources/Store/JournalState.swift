/// Where one cluster's merge stands in the journal.
///
/// `planned → snapshotted → sent → verified`, or `skipped` / `failed` / `unverified` with a
/// reason. `unverified` is not a failure: the CRM accepted the merge (or shows part of it) but
/// had not finished it when the check gave up (the API completes merges asynchronously); the
/// next `apply`, or `apply --verify`, checks it again and never sends it again. `sent` is
/// written *before* the request leaves, so after a crash a cluster in `sent` may or may not have
/// been merged, and is checked before anything is sent again: a merge is never sent twice blind.
public enum JournalState: String, Sendable, CaseIterable {
    case planned
    case snapshotted
    case sent
    case verified
    case skipped
    case failed
    case unverified

    /// Nothing more will be done for the cluster in this run.
    public var isFinal: Bool { self == .verified || self == .skipped }
}
