/// How the sandbox shapes `GET /sync_events` answers.
///
/// The published page says nothing of the Sync API's answers, so the client reads several
/// plausible shapes; the sandbox can serve each, so that every reading is tested over HTTP.
public enum SyncEnvelope: String, Sendable, CaseIterable {
    /// The contract's assumed form: `{"sync_events": [...], "pagination": {"next_since_id",
    /// "has_more", "latest_id"}}`, ids as numbers.
    case standard
    /// A bare JSON array of events, ids as strings; the next page is asked with the last id.
    case bareArray = "bare-array"
    /// `{"data": [...], "links": {"next": "/api/sync/v1/sync_events?after=…"}}`, ids as
    /// strings; `next` is null on the last page.
    case nextLink = "next-link"
}
