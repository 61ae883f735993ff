/// A member of a stored cluster with its record as stored, for building search keys.
public struct ReviewMemberRecord: Sendable, Hashable {
    public var clusterID: Int
    public var customerID: String
    /// The customer's raw JSON, nil when the customer is no longer in the store.
    public var raw: String?

    public init(clusterID: Int, customerID: String, raw: String?) {
        self.clusterID = clusterID
        self.customerID = customerID
        self.raw = raw
    }
}
