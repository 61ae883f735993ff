/// One row of the standing index's overlay (see `StoreSchema.matchOverlayMigration`): a changed
/// customer's entries under one blocking key, positive for its version now, negative for the
/// version the base's index holds.
public struct MatchOverlayKeyRow: Sendable, Hashable {
    public var rule: Int
    public var key: UInt64
    public var customerID: String
    public var entries: Int

    public init(rule: Int, key: UInt64, customerID: String, entries: Int) {
        self.rule = rule
        self.key = key
        self.customerID = customerID
        self.entries = entries
    }
}
