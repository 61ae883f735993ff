/// One customer as the store keeps it: the id, two columns worth indexing later, and the record
/// exactly as it came.
public struct CustomerRow: Sendable, Hashable {
    public var id: String
    public var franchiseID: String?
    public var updatedAt: String?
    /// The original JSON text of the record (its bytes as read, not re-serialized).
    public var raw: String

    public init(id: String, franchiseID: String? = nil, updatedAt: String? = nil, raw: String) {
        self.id = id
        self.franchiseID = franchiseID
        self.updatedAt = updatedAt
        self.raw = raw
    }
}
