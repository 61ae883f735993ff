import CRMModel
import Resolution
import Rules
import Store
import StoredRuns

/// Picks the clusters of a run that `apply` merges, and reads their members as exported.
struct ApplyPlanner {
    let store: CustomerStore
    let runID: Int64
    let rules: RuleSet

    /// The clusters `selection` names, in cluster order, each knowing which of its members
    /// were stored again after the run read them.
    func merges(_ selection: ApplySelection) throws -> [PlannedMerge] {
        var planned = try chosenMerges(selection)
        guard let run = try store.run(id: runID) else { return planned }
        let refreshed = try store.customerIDs(storedAfter: run.startedAt)
        guard !refreshed.isEmpty else { return planned }
        for index in planned.indices {
            planned[index].storedSinceRun = Set(planned[index].stored.map(\.id)).intersection(refreshed)
        }
        return planned
    }

    private func chosenMerges(_ selection: ApplySelection) throws -> [PlannedMerge] {
        switch selection {
        case .auto, .autoThreshold:
            let run = try StoredRun.load(store, runID: runID)
            // A reviewer's rejection (an audit verdict included) keeps a cluster out of --auto.
            let rejected = try store.rejectedClusterIDs(runID: runID)
            return try run.merges.filter { qualifies($0, selection) && !rejected.contains($0.clusterID) }.map {
                PlannedMerge(clusterID: $0.clusterID, stored: try members([$0.plan.victorID] + $0.plan.victimIDs, cluster: $0.clusterID),
                             chosenVictor: nil)
            }
        case .approved:
            return try approvedMerges()
        }
    }

    private func qualifies(_ merge: SuggestedMerge, _ selection: ApplySelection) -> Bool {
        switch selection {
        case .auto:
            return merge.autoMergeEligible
        case .autoThreshold(let threshold):
            return merge.confidence >= threshold && merge.reviewReasons.isEmpty
                && merge.members.count <= rules.matching.maximumAutoMergeClusterSize
        case .approved:
            return false
        }
    }

    /// The stored records of `ids`, in that order.
    func members(_ ids: [String], cluster: Int) throws -> [Customer] {
        try ids.map { id in
            guard let row = try store.customer(id: id) else {
                throw PipelineError("customer \(id) of cluster \(cluster) is no longer in the store",
                                    hint: "run `tcdedupe run` again after the latest export or import")
            }
            do { return try Customer(value: try JSONValue(parsing: row.raw)) } catch {
                throw PipelineError("customer \(id) of cluster \(cluster) is damaged in the store: \(error)",
                                    hint: "export or import it again")
            }
        }
    }
}
