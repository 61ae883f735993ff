import CRMModel

/// Reads a `GET /sync_events` answer in any of the plausible shapes (the published page shows
/// none): `{"sync_events": [...]}`, `{"events"|"data"|"results"|"items": [...]}` or a bare array;
/// the next page from a `next` link, a `next_cursor` token, a `next_since_id`, or else the last
/// event's id.
struct SyncAnswerReader {
    let value: JSONValue
    let askedWith: SyncCursor?
    let limit: Int

    static let listKeys = ["sync_events", "events", "data", "results", "items"]
    static let metaKeys = ["pagination", "meta", "links", "paging", "cursor_info"]

    func page() -> SyncEventPage? {
        let items: [JSONValue]
        var metas: [JSONObject] = []
        switch value {
        case .array(let array):
            items = array
        case .object(let object):
            guard let key = Self.listKeys.first(where: { object[$0]?.arrayValue != nil }), let array = object[key]?.arrayValue else { return nil }
            items = array
            metas = [object] + Self.metaKeys.compactMap { object[$0]?.objectValue }
        default:
            return nil
        }
        let events = items.compactMap(SyncEvent.init(json:))
        func meta(_ keys: [String]) -> JSONValue? {
            for object in metas { for key in keys { if let v = object[key] { return v } } }
            return nil
        }
        let latest = meta(["latest_id", "latest_event_id", "head_id", "newest_id"])?.scalarText

        // The way on, most explicit first.
        var next: SyncCursor?
        var linkSaysEnd = false
        let link = meta(["next", "next_url", "next_link", "next_page_url"])
        if link?.isNull == true { linkSaysEnd = true }
        if let text = link?.stringValue, !text.isEmpty {
            next = text.contains("?") ? Self.cursor(fromLink: text) : SyncCursor(query: "cursor=\(PathComponent.encode(text))")
        } else if let token = meta(["next_cursor", "cursor", "next_page_token", "next_token"])?.scalarText, !token.isEmpty {
            next = SyncCursor(query: "cursor=\(PathComponent.encode(token))")
        } else if let id = meta(["next_since_id", "next_id", "last_id"])?.scalarText, !id.isEmpty {
            next = .afterEvent(id, parameter: askedWith?.eventIDParameter ?? SyncCursor.defaultParameter)
        } else if let last = events.last {
            next = .afterEvent(last.id, parameter: askedWith?.eventIDParameter ?? SyncCursor.defaultParameter)
        }
        if items.isEmpty { next = askedWith ?? next }

        let hasMore: Bool
        if case .bool(let flag)? = meta(["has_more", "more", "has_next"]) {
            hasMore = flag
        } else if link != nil {
            hasMore = !linkSaysEnd && next != nil && next != askedWith && !items.isEmpty
        } else {
            hasMore = items.count >= limit
        }
        return SyncEventPage(events: events, next: next ?? askedWith, hasMore: hasMore && !items.isEmpty,
                             latestEventID: latest, malformed: items.count - events.count)
    }

    /// The query of a `next` link (`/api/sync/v1/sync_events?after=12&limit=100` → `after=12`):
    /// `limit` is the client's to send.
    static func cursor(fromLink link: String) -> SyncCursor? {
        guard let query = link.split(separator: "?", maxSplits: 1).last else { return nil }
        let kept = query.split(separator: "&").filter { pair in
            let name = pair.prefix { $0 != "=" }
            return name != "limit" && name != "per_page" && name != "order"
        }
        return SyncCursor(query: kept.joined(separator: "&"))
    }

    /// Whether a failed answer says the cursor is too old or unknown: 410 always (*assumed*,
    /// the sandbox's answer); 400/404/422 when the body names an expiry or the cursor.
    static func isExpiredCursor(status: Int, body: [UInt8], hadCursor: Bool) -> Bool {
        if status == 410 { return true }
        guard hadCursor, [400, 404, 422].contains(status) else { return false }
        let text = String(decoding: body.prefix(2_000), as: UTF8.self).lowercased()
        return ["expired", "too old", "cursor", "since_id", "no longer"].contains { text.contains($0) }
    }

    /// Event ids in the feed's order: as numbers when both are whole numbers, else as text
    /// (shorter first, so that "9" comes before "10").
    static func isOrderedBefore(_ a: String, _ b: String) -> Bool {
        if let x = Int64(a), let y = Int64(b) { return x < y }
        return a.count != b.count ? a.count < b.count : a < b
    }
}
