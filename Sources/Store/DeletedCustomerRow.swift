/// A customer the CRM no longer holds, kept as history: its last raw JSON, and when and why it
/// was marked gone.
public struct DeletedCustomerRow: Sendable, Hashable {
    public var id: String
    public var franchiseID: String?
    public var updatedAt: String?
    /// The record as last stored; nil when it was deleted before it was ever stored.
    public var raw: String?
    public var deletedAt: String
    /// `sync event 123: deleted`, `sync: 404 on fetch`, …
    public var reason: String

    public init(id: String, franchiseID: String?, updatedAt: String?, raw: String?, deletedAt: String, reason: String) {
        self.id = id
        self.franchiseID = franchiseID
        self.updatedAt = updatedAt
        self.raw = raw
        self.deletedAt = deletedAt
        self.reason = reason
    }
}
