/// How `diff --from/--to` name a run: its id, `latest` (the latest finished live run) or
/// `dry-run` (the dry run the store keeps).
public enum RunReference: Sendable, Hashable {
    case id(Int64)
    case latest
    case dryRun

    /// Parses `12`, `latest` or `dry-run` (also `dry_run`); nil for anything else.
    public init?(_ text: String) {
        switch text.lowercased() {
        case "latest": self = .latest
        case "dry-run", "dry_run", "dryrun": self = .dryRun
        default:
            guard let id = Int64(text), id > 0 else { return nil }
            self = .id(id)
        }
    }
}
