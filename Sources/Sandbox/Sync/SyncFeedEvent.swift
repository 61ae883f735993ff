import CRMModel

/// One event of the sandbox's Sync API feed: which customer changed, and how.
struct SyncFeedEvent: Sendable {
    enum Kind: String, Sendable {
        case created, updated, deleted
    }

    var id: Int64
    var kind: Kind
    var customerID: String
    var createdAt: String

    /// The event as the API sends it (*assumed* fields beyond the contract's `id`,
    /// `event_type`, `syncable_type`, `syncable_id`: `created_at`). Ids are sent as strings
    /// when `idsAsStrings` (the client reads both).
    func json(idsAsStrings: Bool) -> JSONValue {
        .object(JSONObject([
            "id": idsAsStrings ? .string(String(id)) : .number(String(id)),
            "event_type": .string(kind.rawValue),
            "syncable_type": .string("customer"),
            "syncable_id": .string(customerID),
            "created_at": .string(createdAt),
        ]))
    }
}
