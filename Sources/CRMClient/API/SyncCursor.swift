/// Where a reader of the Sync API stands: the query parameters that ask for the events after
/// the last one read, as they are sent (`since_id=123`, `after=abc`, `cursor=opaque`).
///
/// Why the query text and not an id: the published page does not say how the feed is paged.
/// Kept as text, the cursor is whatever the server handed out (an id, a token, the query of a
/// `next` link) and goes back unchanged; the store keeps it as this text.
public struct SyncCursor: Sendable, Hashable, CustomStringConvertible {
    /// `name=value` pairs joined by `&`, values percent-encoded; never empty.
    public let query: String

    /// A cursor as stored (``query`` text); nil for empty text.
    public init?(query: String) {
        guard !query.isEmpty else { return nil }
        self.query = query
    }

    /// The events after the event `id`, asked with `parameter` (*assumed* default: `since_id`).
    public static func afterEvent(_ id: String, parameter: String = SyncCursor.defaultParameter) -> SyncCursor {
        SyncCursor(query: "\(parameter)=\(PathComponent.encode(id))")!
    }

    /// The parameter name the client asks with when the server names none.
    public static let defaultParameter = "since_id"

    /// The parameters that name an event id (the id of the last event read).
    static let eventIDParameters: Set<String> = ["since_id", "after", "after_id", "since", "last_id"]

    /// The name of the first parameter, when it names an event id (`since_id`, `after`, …).
    var eventIDParameter: String? {
        let name = String(query.prefix { $0 != "=" })
        return Self.eventIDParameters.contains(name) ? name : nil
    }

    public var description: String { query }
}
