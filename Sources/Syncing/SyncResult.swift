import StoredRuns

/// What a sync did, and where the store now stands.
public struct SyncResult: Sendable {
    public var apiURL: String
    public var counts: SyncCounts
    /// The cursor stored at the end (nil: the feed's beginning).
    public var cursor: String?
    public var retries: Int
    public var seconds: Double
    /// Requests sent per second over the run (event pages and fetches).
    public var requestsPerSecond: Double
    public var customersInStore: Int
    public var deletedInStore: Int

    public var text: String {
        let c = counts
        var lines = ["synced \(group(c.events)) events from \(apiURL) in \(fixed(seconds, 1)) s: "
                     + "\(group(c.fetched)) fetched, \(group(c.upserted)) upserted (\(group(c.inserted)) new, \(group(c.updated)) changed), "
                     + "\(group(c.deleted)) deleted, \(group(c.skipped)) skipped"
                     + (c.alreadyGone > 0 ? ", \(group(c.alreadyGone)) already gone" : "")
                     + (c.rejected > 0 ? ", \(group(c.rejected)) rejected" : "")
                     + (retries > 0 ? ", \(group(retries)) retries" : "")
                     + " (\(fixed(requestsPerSecond, 1)) requests/s, \(group(c.batches)) batches)"]
        lines.append("the store holds \(group(customersInStore)) customers and \(group(deletedInStore)) deleted ones kept as history; "
                     + "cursor \(cursor ?? "at the feed's beginning")")
        return lines.joined(separator: "\n")
    }
}
