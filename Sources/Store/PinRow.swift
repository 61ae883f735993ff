/// A "never merge these two customers" pin as stored.
///
/// Pins name customers, not a run's row numbers, so they hold in every later run. A lifted pin
/// stays as history (`liftedAt` set) and no longer binds anything.
public struct PinRow: Sendable, Hashable {
    public var id: Int64
    /// The smaller id of the two (pins are unordered pairs).
    public var customerA: String
    public var customerB: String
    public var reason: PinReason
    /// The run whose review made it (nil for an operator's pin).
    public var runID: Int64?
    /// The stable key of the cluster that was rejected or edited.
    public var clusterKey: String?
    public var createdBy: String
    public var createdAt: String
    public var note: String?
    public var liftedAt: String?
    public var liftedBy: String?

    public init(id: Int64, customerA: String, customerB: String, reason: PinReason, runID: Int64?, clusterKey: String?,
                createdBy: String, createdAt: String, note: String? = nil, liftedAt: String? = nil, liftedBy: String? = nil) {
        self.id = id
        self.customerA = customerA
        self.customerB = customerB
        self.reason = reason
        self.runID = runID
        self.clusterKey = clusterKey
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.note = note
        self.liftedAt = liftedAt
        self.liftedBy = liftedBy
    }

    /// Whether the pin still binds.
    public var isLive: Bool { liftedAt == nil }

    /// The other customer of the pin, seen from `customerID`.
    public func partner(of customerID: String) -> String {
        customerA == customerID ? customerB : customerA
    }
}
