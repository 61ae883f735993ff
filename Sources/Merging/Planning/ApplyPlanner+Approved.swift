/// `apply --approved`: the clusters a reviewer approved (`tcdedupe review` or `tcdedupe decide`).
extension ApplyPlanner {
    /// The approved clusters with the members and victor the reviewer left (a removed member
    /// stays out); the victor is kept as chosen when the plan is resolved again.
    func approvedMerges() throws -> [PlannedMerge] {
        try store.approvedClusters(runID: runID).sorted { $0.clusterID < $1.clusterID }.map {
            PlannedMerge(clusterID: $0.clusterID, stored: try members([$0.victorID] + $0.victimIDs, cluster: $0.clusterID),
                         chosenVictor: $0.victorID)
        }
    }
}
