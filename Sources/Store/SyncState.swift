/// The Sync API cursor the store is in step with, as of the last export or sync.
public struct SyncState: Sendable, Hashable {
    /// The CRM API base URL the cursor belongs to.
    public var apiURL: String
    /// The query text that asks for the events after the last one stored (`since_id=123`);
    /// nil: from the feed's beginning (it was empty when the export began).
    public var cursor: String?
    /// `export` (recorded before the export began reading) or `sync`.
    public var recordedBy: String
    /// ISO 8601 (UTC), the database's clock.
    public var recordedAt: String
    /// Sync events applied since the cursor was recorded by an export.
    public var eventsApplied: Int

    public init(apiURL: String, cursor: String?, recordedBy: String, recordedAt: String, eventsApplied: Int = 0) {
        self.apiURL = apiURL
        self.cursor = cursor
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.eventsApplied = eventsApplied
    }
}
