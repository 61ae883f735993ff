/// A customer in an example cluster: its id and name as stored (raw customer text: escape it
/// before it reaches a terminal), and whether it is in the group on the other side.
public struct DiffMember: Sendable, Hashable {
    public var customerID: String
    public var name: String
    /// False when no cluster of the group on the other side holds it: it joined from outside
    /// any cluster (in a newer cluster) or was left on its own (in an older one).
    public var onBothSides: Bool

    public init(customerID: String, name: String, onBothSides: Bool) {
        self.customerID = customerID
        self.name = name
        self.onBothSides = onBothSides
    }
}
