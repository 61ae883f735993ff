import CRMModel

extension CRMClient {
    /// Events asked per `GET /sync_events` by default (*assumed*: the server may send fewer).
    public static let defaultSyncPageSize = 500

    /// The Sync API's base: ``CRMClientConfiguration/syncBaseURL``, else derived from the CRM base.
    public var syncBaseURL: BaseURL { configuration.syncBaseURL ?? configuration.baseURL.syncAPIBase }

    /// `GET /sync_events?limit=…&<cursor>`: the events after `cursor` (nil: from the feed's
    /// beginning), oldest first. Retried, rate-limited and authenticated like every safe call
    /// (5xx, timeouts and drops retried with backoff, 429 waits for `Retry-After`, 401/403 stop).
    ///
    /// Store the page's changes first, then ``SyncEventPage/next``: a rerun from the stored
    /// cursor reads the page again, and fetching and upserting again does no harm.
    ///
    /// - Throws: ``CRMClientError`` `.syncCursorExpired` when the feed no longer holds the
    ///   events after `cursor` (410, or 400/404/422 whose body names the cursor or an expiry):
    ///   export again; `.invalidResponse` when the answer holds no list of events.
    public func syncEvents(after cursor: SyncCursor?, limit: Int = CRMClient.defaultSyncPageSize) throws(CRMClientError) -> SyncEventPage {
        var path = "/sync_events?limit=\(max(1, limit))"
        if let cursor { path += "&" + cursor.query }
        let request = HTTPRequest(method: .get, path: path, isSafeToRetry: true, baseURL: syncBaseURL)
        let response = try send(request)
        guard (200..<300).contains(response.status) else {
            if SyncAnswerReader.isExpiredCursor(status: response.status, body: response.body, hadCursor: cursor != nil) {
                throw CRMClientError(.syncCursorExpired,
                                     "the Sync API no longer has the changes after the stored cursor (HTTP \(response.status): "
                                         + (Self.serverMessage(response.body) ?? response.bodyExcerpt) + ")",
                                     hint: "changes were missed: run tcdedupe export again, which records a fresh cursor",
                                     request: request.summary, status: response.status)
            }
            throw Self.failure(for: response, request)
        }
        let value: JSONValue
        do { value = try JSONValue(parsing: response.body) } catch {
            throw Self.invalid(request, "the body is not JSON (\(error))")
        }
        guard let page = SyncAnswerReader(value: value, askedWith: cursor, limit: max(1, limit)).page() else {
            throw Self.invalid(request, "the answer holds no list of sync events (sync_events, events, data, or a bare array)")
        }
        return page
    }

    /// The cursor at the feed's newest event now: what an export records *before* it starts
    /// reading, so that every change made during and after it is read by the next sync.
    ///
    /// Asks `GET /sync_events?order=desc&limit=1` and takes `latest_id` when the answer has one,
    /// else the newest id it returned. *Assumed*: a server that ignores `order=desc` returns its
    /// oldest events; the cursor is then older than needed, which costs a sync events it has
    /// already seen (upserted again, no harm) and never loses one. Nil when the feed is empty
    /// and names no newest id: read from the beginning.
    public func latestSyncCursor() throws(CRMClientError) -> SyncCursor? {
        let request = HTTPRequest(method: .get, path: "/sync_events?order=desc&limit=1", isSafeToRetry: true, baseURL: syncBaseURL)
        let response = try send(request)
        guard (200..<300).contains(response.status) else { throw Self.failure(for: response, request) }
        let value: JSONValue
        do { value = try JSONValue(parsing: response.body) } catch {
            throw Self.invalid(request, "the body is not JSON (\(error))")
        }
        guard let page = SyncAnswerReader(value: value, askedWith: nil, limit: 1).page() else {
            throw Self.invalid(request, "the answer holds no list of sync events")
        }
        if let latest = page.latestEventID { return .afterEvent(latest) }
        let newest = page.events.map(\.id).max(by: SyncAnswerReader.isOrderedBefore)
        return newest.map { .afterEvent($0) }
    }
}
