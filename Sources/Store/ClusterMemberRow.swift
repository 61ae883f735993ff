/// A customer in a stored cluster, with its role there.
public struct ClusterMemberRow: Sendable, Hashable {
    /// The survivor of the merge.
    public static let victor = "victor"
    /// A record the merge destroys.
    public static let victim = "victim"

    public var customerID: String
    /// ``victor`` or ``victim`` (free text: the store does not interpret it).
    public var role: String

    public init(customerID: String, role: String) {
        self.customerID = customerID
        self.role = role
    }
}
