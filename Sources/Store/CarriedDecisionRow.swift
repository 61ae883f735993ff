/// An earlier approval as a later run's cluster found it (see ``CarriedState``).
public struct CarriedDecisionRow: Sendable, Hashable {
    public var runID: Int64
    public var clusterID: Int
    public var state: CarriedState
    public var approval: StandingApproval
    /// Members of this run's cluster the approval did not cover.
    public var newMemberIDs: [String]
    /// Approved members that changed since, or left the cluster.
    public var changedMemberIDs: [String]

    public init(runID: Int64, clusterID: Int, state: CarriedState, approval: StandingApproval, newMemberIDs: [String] = [],
                changedMemberIDs: [String] = []) {
        self.runID = runID
        self.clusterID = clusterID
        self.state = state
        self.approval = approval
        self.newMemberIDs = newMemberIDs
        self.changedMemberIDs = changedMemberIDs
    }
}
