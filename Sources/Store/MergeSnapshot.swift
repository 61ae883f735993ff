/// The full JSON of one customer as it was just before `apply` merged its cluster.
public struct MergeSnapshot: Sendable, Hashable {
    public enum Role: String, Sendable {
        case victor
        case victim
    }

    public var runID: Int64
    public var clusterID: Int
    public var customerID: String
    public var role: Role
    /// The record exactly as the API returned it.
    public var json: String
    public var takenAt: String

    public init(runID: Int64, clusterID: Int, customerID: String, role: Role, json: String, takenAt: String = "") {
        self.runID = runID
        self.clusterID = clusterID
        self.customerID = customerID
        self.role = role
        self.json = json
        self.takenAt = takenAt
    }
}
