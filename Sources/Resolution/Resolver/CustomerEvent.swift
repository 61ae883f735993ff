import CRMModel

/// One object of a customer's `events` (`{"event_type": "birthday", "date": "1984-03-05"}`),
/// read for comparison: its kind and its date.
///
/// Exports name the parts differently (`type`, `name`; `value`), so each is read from the first
/// key present. Dates compare as days when they parse (`1984-03-05` is `1984/3/5`).
struct CustomerEvent {
    var object: JSONObject
    /// Lower-cased kind (`birthday`), "" when none.
    var kind: String
    /// The date as written, "" when none.
    var date: String

    init(_ object: JSONObject) {
        self.object = object
        let kind = object["event_type"]?.scalarText ?? object["type"]?.scalarText ?? object["name"]?.scalarText ?? ""
        self.kind = Resolver.trimmed(kind).lowercased()
        self.date = Resolver.trimmed(object["date"]?.scalarText ?? object["value"]?.scalarText ?? "")
    }

    var isBirthday: Bool { kind == "birthday" }
    var isBlank: Bool { kind.isEmpty && date.isEmpty }

    /// Two events are the same when kind and date agree.
    var key: String { kind + "|" + Self.dateKey(date) }

    /// A date reduced so that spellings of one day compare equal.
    static func dateKey(_ date: String) -> String {
        switch Timestamp(date) {
        case .instant(let seconds, _)?: return String(seconds / 86_400)
        case .text(let text)?: return PlainFold.key(text)
        case nil: return ""
        }
    }

    /// `birthday 1984-03-05`, for people.
    var text: String { [kind, date].filter { !$0.isEmpty }.joined(separator: " ") }

    /// The live events of a record (objects not marked `_destroy`).
    static func all(of member: ClusterMember) -> [CustomerEvent] {
        guard case .array(let items)? = member.customer.json[ResolutionRules.eventsField] else { return [] }
        return items.compactMap { item in
            guard let o = item.objectValue, o["_destroy"] != .bool(true) else { return nil }
            let event = CustomerEvent(o)
            return event.isBlank ? nil : event
        }
    }
}
