/// One answer of `GET /sync_events`: events in the feed's order and where to go on.
public struct SyncEventPage: Sendable {
    public var events: [SyncEvent]
    /// The cursor after this page: pass it to the next call, store it once the page's changes
    /// are stored. The same as the cursor asked with when the page is empty.
    public var next: SyncCursor?
    /// Whether more events wait now (from `has_more`, a `next` link, or a full page).
    public var hasMore: Bool
    /// The newest event id of the feed, when the server says (`latest_id`).
    public var latestEventID: String?
    /// Items of the answer that were not events (no id): skipped, counted.
    public var malformed: Int

    public init(events: [SyncEvent], next: SyncCursor?, hasMore: Bool, latestEventID: String? = nil, malformed: Int = 0) {
        self.events = events
        self.next = next
        self.hasMore = hasMore
        self.latestEventID = latestEventID
        self.malformed = malformed
    }
}
