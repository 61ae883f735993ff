import CRMModel

/// One event of the Sync API: a customer (or another object) was created, updated or deleted.
///
/// The contract gives `{id, event_type: created|updated|deleted, syncable_type: "customer",
/// syncable_id}`. Read tolerantly: ids as strings or numbers; `create`/`update`/`destroy`
/// spellings; any other type is kept as ``Kind/other(_:)`` for the caller to skip and count.
public struct SyncEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case created, updated, deleted
        /// A type the client does not know: skipped, never fatal.
        case other(String)
    }

    /// The event's id, as text.
    public var id: String
    public var kind: Kind
    /// `customer` for customers (compared without case).
    public var syncableType: String
    /// The changed object's id; nil when the event did not name one.
    public var syncableID: String?

    public init(id: String, kind: Kind, syncableType: String, syncableID: String?) {
        self.id = id
        self.kind = kind
        self.syncableType = syncableType
        self.syncableID = syncableID
    }

    /// Whether the event is about a customer (`customer`, `Customer`, `crm/customer`, …).
    public var isCustomer: Bool {
        let type = syncableType.lowercased()
        return type == "customer" || type.hasSuffix("/customer") || type.hasSuffix("::customer") || type == "customers"
    }

    /// The event in a JSON item, or nil when the item is not an event (no id).
    init?(json: JSONValue) {
        guard case .object(let object) = json, let id = object["id"]?.scalarText, !id.isEmpty else { return nil }
        self.id = id
        let type = (object["event_type"] ?? object["type"] ?? object["action"])?.scalarText ?? ""
        switch type.lowercased() {
        case "created", "create", "insert", "inserted": kind = .created
        case "updated", "update", "changed", "modified": kind = .updated
        case "deleted", "delete", "destroyed", "destroy", "removed": kind = .deleted
        default: kind = .other(type)
        }
        syncableType = (object["syncable_type"] ?? object["object_type"])?.scalarText ?? ""
        syncableID = (object["syncable_id"] ?? object["object_id"])?.scalarText
    }
}
