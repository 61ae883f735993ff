import CRMModel

/// The sandbox's Sync API feed: one event per change made through its CRM endpoints, in the
/// order the changes happened, with ids 1, 2, 3, … that only grow.
///
/// Only the newest ``retention`` events are kept (*assumed*: the Sync API keeps a bounded
/// history; the published page does not say how much). A cursor older than the oldest kept
/// event cannot be continued without missing changes: ``page(after:limit:)`` refuses it with
/// 410 `sync_cursor_expired`, and the client's remedy is a fresh export.
struct SyncFeed {
    /// Events kept at most (the oldest are forgotten first).
    let retention: Int
    /// Kept events, oldest first; ``events``[``start``...] are live (a prefix is dropped now and then).
    private var events: [SyncFeedEvent] = []
    private var start = 0
    /// The id of the newest event ever emitted (0: none yet).
    private(set) var latestID: Int64 = 0

    /// Events kept by default: 100,000 (at 16,500 changes a day, about six days).
    static let defaultRetention = 100_000

    init(retention: Int) {
        self.retention = max(1, retention)
    }

    /// Events kept now.
    var count: Int { events.count - start }

    /// The id of the oldest event kept, or nil when none is.
    var oldestID: Int64? { count > 0 ? events[start].id : nil }

    mutating func emit(_ type: SyncFeedEvent.Kind, customerID: String, at time: String) {
        latestID += 1
        events.append(SyncFeedEvent(id: latestID, kind: type, customerID: customerID, createdAt: time))
        if count > retention {
            start += count - retention
            if start > 4096 && start > events.count / 2 {
                events.removeFirst(start)
                start = 0
            }
        }
    }

    /// Up to `limit` events after the event `after` (0: from the feed's beginning).
    ///
    /// - Throws: 410 `sync_cursor_expired` when events after `after` have been forgotten, or
    ///   when `after` is newer than any event this feed emitted (a cursor of another sandbox,
    ///   one that was restarted since): either way changes would be missed.
    func page(after: Int64, limit: Int) throws(APIFailure) -> ArraySlice<SyncFeedEvent> {
        guard after >= 0, after <= latestID else {
            throw APIFailure(status: 410, code: "sync_cursor_expired",
                             message: "since_id \(after) is unknown to this feed (newest event \(latestID)); export again")
        }
        let firstKept = oldestID ?? (latestID + 1)
        guard after >= firstKept - 1 else {
            throw APIFailure(status: 410, code: "sync_cursor_expired",
                             message: "since_id \(after) is older than the oldest event kept (\(firstKept)); events were forgotten, export again")
        }
        // Ids are consecutive: the event after `after` sits at a known index.
        let from = start + Int(after - (firstKept - 1))
        let to = min(from + max(1, limit), events.count)
        return from < to ? events[from..<to] : []
    }
}
