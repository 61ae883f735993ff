/// What a run is for: a live run feeds review, apply, reports and status; a dry run only shows
/// what other rules would do (`tcdedupe run --rules FILE --dry-run`) and is never picked as
/// "the latest run".
public enum RunKind: String, Sendable, Hashable, CaseIterable {
    /// An ordinary run: the latest finished one is what every command reads by default.
    case live
    /// A trial of other rules: read only when asked for by id (or by `diff --to dry-run`), and
    /// refused by `apply`. The store keeps one: a newer dry run replaces it.
    case dryRun = "dry_run"
}
