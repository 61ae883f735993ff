import CRMModel

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

extension SyncEventPage {
    /// Reads one `GET /sync_events` answer body in any shape the client accepts (see
    /// `SyncAnswerReader`); nil when it holds no list of events. `askedWith` and `limit` are
    /// what the request carried: they decide the next cursor and whether more wait when the
    /// answer does not say.
    public init?(answer: JSONValue, askedWith cursor: SyncCursor?, limit: Int) {
        guard let page = SyncAnswerReader(value: answer, askedWith: cursor, limit: max(1, limit)).page() else { return nil }
        self = page
    }
}
