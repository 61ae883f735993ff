/// One entry of the customer change log (see `StoreSchema.changeLogMigration`).
public struct CustomerChange: Sendable, Hashable {
    public var seq: Int64
    public var customerID: String
    /// The customer's raw JSON before this change; nil for an insert.
    public var oldRaw: String?

    public init(seq: Int64, customerID: String, oldRaw: String?) {
        self.seq = seq
        self.customerID = customerID
        self.oldRaw = oldRaw
    }
}
