/// Approvals that last across runs (see `StoreSchema+Pins.swift`): what the previous run's
/// reviewers approved, and what became of it in a new run.
extension CustomerStore {
    /// The approvals a new run `runID` may carry over: those standing in the latest finished run
    /// before it — its approved decisions (a reviewer's, or carried there), and the approvals of
    /// clusters that grew there and were not approved again whole (a rejection of a grown cluster
    /// pins only the new members, so the approved core still stands).
    ///
    /// Only the previous run counts: every run carries what holds into itself, so a chain of
    /// runs keeps an approval for as long as its members stay the same.
    public func approvalsToCarry(into runID: Int64) throws(StoreError) -> [StandingApproval] {
        guard try hasPinsSchema() else { return [] }
        let previous = try db.prepare("SELECT max(id) FROM runs WHERE id < ?1 AND finished_at IS NOT NULL AND kind = 'live'")
        try previous.bind(runID, at: 1)
        guard try previous.step(), !previous.isNull(0) else { return [] }
        let prev = previous.int64(0)
        var out: [StandingApproval] = []
        var approvedClusters = Set<Int>()
        for d in try decisions(runID: prev) where d.verdict == .approved {
            approvedClusters.insert(d.clusterID)
            out.append(StandingApproval(originRunID: d.carriedFromRun ?? prev, victorID: d.victorID, victimIDs: d.victimIDs,
                                        chosenVictorID: d.chosenVictorID, planBody: d.planBody, reviewer: d.reviewer,
                                        decidedAt: d.decidedAt, memberVersions: d.memberVersions))
        }
        for row in try carriedDecisions(runID: prev) where row.state == .grown && !approvedClusters.contains(row.clusterID) {
            out.append(row.approval)
        }
        return out
    }

    /// Records what became of earlier approvals in run `rows[i].runID`; an approval that holds
    /// also becomes the run's decision on that cluster, with its reviewer and time, so the queue
    /// shows it decided and `apply --approved` merges it.
    public func saveCarriedDecisions(_ rows: [CarriedDecisionRow]) throws(StoreError) {
        guard !rows.isEmpty else { return }
        let insert = try db.prepare("""
            INSERT OR REPLACE INTO carried_decisions (run_id, cluster_id, state, origin_run_id, victor_id, victim_ids, chosen_victor_id,
                                                      plan_body, reviewer, decided_at, member_versions, new_member_ids, changed_member_ids)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
            """)
        try db.transaction { () throws(StoreError) in
            for row in rows {
                let a = row.approval
                try insert.bind(row.runID, at: 1)
                try insert.bind(Int64(row.clusterID), at: 2)
                try insert.bind(row.state.rawValue, at: 3)
                try insert.bind(a.originRunID, at: 4)
                try insert.bind(a.victorID, at: 5)
                try insert.bind(Self.decisionIDs(a.victimIDs), at: 6)
                try insert.bind(a.chosenVictorID, at: 7)
                try insert.bind(a.planBody, at: 8)
                try insert.bind(a.reviewer, at: 9)
                try insert.bind(a.decidedAt, at: 10)
                try insert.bind(Self.versionsJSON(a.memberVersions), at: 11)
                try insert.bind(Self.decisionIDs(row.newMemberIDs), at: 12)
                try insert.bind(Self.decisionIDs(row.changedMemberIDs), at: 13)
                try insert.step()
                insert.reset()
                if row.state == .holds {
                    var decision = DecisionRow(runID: row.runID, clusterID: row.clusterID, verdict: .approved, victorID: a.victorID,
                                               victimIDs: a.victimIDs, chosenVictorID: a.chosenVictorID, planBody: a.planBody,
                                               reviewer: a.reviewer, decidedAt: a.decidedAt)
                    decision.memberVersions = a.memberVersions
                    decision.carriedFromRun = a.originRunID
                    try writeDecision(decision)
                }
            }
        }
    }

    /// What became of an earlier approval in one cluster of a run, if one reached it.
    public func carriedDecision(runID: Int64, clusterID: Int) throws(StoreError) -> CarriedDecisionRow? {
        guard try hasPinsSchema() else { return nil }
        return try carriedRows("\(Self.selectCarried) WHERE run_id = ?1 AND cluster_id = ?2", runID: runID, clusterID: clusterID).first
    }

    /// Every carried approval of a run, by cluster id.
    public func carriedDecisions(runID: Int64) throws(StoreError) -> [CarriedDecisionRow] {
        guard try hasPinsSchema() else { return [] }
        return try carriedRows("\(Self.selectCarried) WHERE run_id = ?1 ORDER BY cluster_id", runID: runID, clusterID: nil)
    }

    private static let selectCarried = """
        SELECT run_id, cluster_id, state, origin_run_id, victor_id, victim_ids, chosen_victor_id, plan_body, reviewer, decided_at,
               member_versions, new_member_ids, changed_member_ids FROM carried_decisions
        """

    private func carriedRows(_ sql: String, runID: Int64, clusterID: Int?) throws(StoreError) -> [CarriedDecisionRow] {
        let s = try db.prepare(sql)
        try s.bind(runID, at: 1)
        if let clusterID { try s.bind(Int64(clusterID), at: 2) }
        var rows: [CarriedDecisionRow] = []
        while try s.step() {
            let cluster = s.int64(1)
            let approval = StandingApproval(
                originRunID: s.int64(3), victorID: s.text(4) ?? "", victimIDs: try decodedIDs(s.text(5) ?? "[]", clusterID: cluster),
                chosenVictorID: s.text(6), planBody: s.text(7), reviewer: s.text(8) ?? "", decidedAt: s.text(9) ?? "",
                memberVersions: Self.versions(s.text(10)))
            rows.append(CarriedDecisionRow(runID: s.int64(0), clusterID: Int(cluster), state: CarriedState(rawValue: s.text(2) ?? "") ?? .changed,
                                           approval: approval, newMemberIDs: try decodedIDs(s.text(11) ?? "[]", clusterID: cluster),
                                           changedMemberIDs: try decodedIDs(s.text(12) ?? "[]", clusterID: cluster)))
        }
        return rows
    }
}
