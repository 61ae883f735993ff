import CRMModel

/// Answers `GET /sync_events?since_id=&limit=` from the sandbox's feed.
///
/// The cursor may be named `since_id`, `after` or `cursor` (an event id; absent: from the
/// feed's beginning). `limit` (or `per_page`) is 100 by default and capped at 1,000.
/// `order=desc` returns the newest events first (what a client asks to learn the feed's head).
struct SyncEventsAnswer {
    static let defaultLimit = 100
    static let maxLimit = 1_000
    static let cursorNames = ["since_id", "after", "cursor"]

    let base: CustomerBase
    let envelope: SyncEnvelope

    func answer(query: [String: String]) throws(APIFailure) -> APIAnswer {
        let after = try Self.cursor(query)
        let limit = min(max(try RouteHandler.integer(query["limit"] ?? query["per_page"], name: "limit", default: Self.defaultLimit), 1),
                        Self.maxLimit)
        let newestFirst = query["order"]?.lowercased() == "desc"
        let (events, latest) = try base.withSyncFeed { feed throws(APIFailure) -> ([SyncFeedEvent], Int64) in
            if newestFirst {
                let newest = try feed.page(after: max(0, feed.latestID - Int64(limit)), limit: limit)
                return (Array(newest.reversed()), feed.latestID)
            }
            return (Array(try feed.page(after: after, limit: limit)), feed.latestID)
        }
        let lastID = newestFirst ? latest : (events.last?.id ?? after)
        let hasMore = !newestFirst && lastID < latest
        switch envelope {
        case .standard:
            return APIAnswer(JSONObject([
                "sync_events": .array(events.map { $0.json(idsAsStrings: false) }),
                "pagination": .object(JSONObject([
                    "next_since_id": .number(String(lastID)), "has_more": .bool(hasMore), "latest_id": .number(String(latest)),
                ])),
            ]))
        case .bareArray:
            return APIAnswer(.array(events.map { $0.json(idsAsStrings: true) }))
        case .nextLink:
            let next: JSONValue = hasMore ? .string("\(APIRoute.syncPrefixes[0])/sync_events?after=\(lastID)&limit=\(limit)") : .null
            return APIAnswer(JSONObject([
                "data": .array(events.map { $0.json(idsAsStrings: true) }),
                "links": .object(JSONObject(["next": next])),
            ]))
        }
    }

    /// The event id after which to answer; an id that is not a whole number is no cursor
    /// this feed gave out.
    private static func cursor(_ query: [String: String]) throws(APIFailure) -> Int64 {
        guard let name = cursorNames.first(where: { query[$0] != nil }), let text = query[name] else { return 0 }
        guard let id = Int64(text), id >= 0 else {
            throw APIFailure(status: 410, code: "sync_cursor_expired", message: "\(name)=\(text) is not a cursor of this feed; export again")
        }
        return id
    }
}
