import Store

/// Carries the previous run's approvals into a new run, cluster by cluster.
///
/// An approval reaches the new cluster that holds its members (found through any approved
/// member, victor first). It holds when the cluster has exactly the approved members and none
/// of them changed since the reviewer saw it (``CustomerStore/memberVersions(_:seenByRun:)``);
/// the run's decision on that cluster is then the approval, by the same reviewer. When the
/// approved members are all there and unchanged but new ones joined, the cluster is "grown":
/// it stays undecided and the review page marks which members were approved and which links
/// are new. A member changed or gone sends the cluster to review again ("changed").
/// Rejections need nothing here: they hold through pins. An approval `apply` already sent is
/// not carried: its merge is spent.
public struct DecisionCarrier {
    let store: CustomerStore

    public init(store: CustomerStore) {
        self.store = store
    }

    /// - Returns: how many approvals hold, grew and lapsed.
    @discardableResult
    public func carry(into runID: Int64) throws -> (holds: Int, grown: Int, changed: Int) {
        let approvals = try store.approvalsToCarry(into: runID)
        var rows: [CarriedDecisionRow] = []
        var reached = Set<Int>()
        for approval in approvals {
            // Applied already: the merge is spent, even before a sync tells the store its victims are gone.
            if try approval.victimIDs.contains(where: { try store.wasMergedAway($0) }) { continue }
            guard let clusterID = try clusterHolding(approval, runID: runID), reached.insert(clusterID).inserted,
                  let cluster = try store.cluster(runID: runID, clusterID: clusterID) else { continue }
            let members = cluster.members.map(\.customerID)
            let present = Set(members), approved = Set(approval.memberIDs)
            let now = try store.currentVersions(approval.memberIDs)
            let changed = approval.memberIDs.filter { id in
                !present.contains(id) || approval.memberVersions[id] == nil || now[id] != approval.memberVersions[id]
            }
            let new = members.filter { !approved.contains($0) }
            let state: CarriedState = !changed.isEmpty ? .changed : new.isEmpty ? .holds : .grown
            rows.append(CarriedDecisionRow(runID: runID, clusterID: clusterID, state: state, approval: approval,
                                           newMemberIDs: new, changedMemberIDs: changed))
        }
        try store.saveCarriedDecisions(rows)
        return (rows.count { $0.state == .holds }, rows.count { $0.state == .grown }, rows.count { $0.state == .changed })
    }

    private func clusterHolding(_ approval: StandingApproval, runID: Int64) throws -> Int? {
        for id in approval.memberIDs {
            if let cluster = try store.clusterIDs(runID: runID, containing: id).first { return cluster }
        }
        return nil
    }
}
