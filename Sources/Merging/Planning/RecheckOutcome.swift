import Resolution

/// What `apply` concluded for one cluster after fetching its members again.
enum RecheckOutcome: Sendable {
    /// Merge with this plan (resolved from the records just fetched); `note` says what changed.
    case merge(ResolvedCluster, note: String?)
    /// Do not merge, and why, in words for the summary and the journal.
    case skip(reason: String)
}
