import StoredRuns

/// Where a running sync stands, after each stored batch.
public struct SyncProgress: Sendable {
    public var counts: SyncCounts
    /// The feed's newest event id, when the server says (for a rough "how far").
    public var latestEventID: String?
    /// The cursor now stored.
    public var cursor: String?
    public var seconds: Double

    public var line: String {
        "sync: \(group(counts.events)) events, \(group(counts.fetched)) fetched, \(group(counts.upserted)) upserted, "
            + "\(group(counts.deleted)) deleted" + (latestEventID.map { " (feed at \($0), cursor \(cursor ?? "start"))" } ?? "")
            + " in \(fixed(seconds, 1)) s"
    }
}
