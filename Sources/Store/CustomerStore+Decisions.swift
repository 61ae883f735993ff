import CRMModel

/// The decisions table: one current decision per cluster of a run, with who decided and when.
///
/// A new decision on a cluster replaces the previous one (the review page and `tcdedupe
/// decide` write here; `apply --approved` reads ``approvedClusters(runID:)``).
extension CustomerStore {
    /// Saves `row` as the decision on its cluster, replacing any earlier one; `decided_at` is now.
    ///
    /// - Returns: the row as stored (with its time).
    /// - Throws: ``StoreError`` `.constraint` when the run does not exist.
    @discardableResult
    public func saveDecision(_ row: DecisionRow) throws(StoreError) -> DecisionRow {
        let runExists = try db.prepare("SELECT 1 FROM runs WHERE id = ?1")
        try runExists.bind(row.runID, at: 1)
        guard try runExists.step() else { throw unknownRun(row.runID) }
        // Ends the read at once: a read still open when the write starts cannot become a write
        // after another connection (the review server's search index) wrote, and SQLite refuses
        // it at once instead of waiting.
        runExists.reset()
        var saved = row
        saved.decidedAt = try db.now()
        if saved.memberVersions.isEmpty {
            saved.memberVersions = try memberVersions([saved.victorID] + saved.victimIDs, seenByRun: saved.runID)
        }
        try writeDecision(saved)
        return saved
    }

    /// Writes `saved` as it is (its time included): a decision saved now, or one carried over.
    func writeDecision(_ saved: DecisionRow) throws(StoreError) {
        let pins = try hasPinsSchema()
        let statement = try db.prepare(pins ? """
            INSERT OR REPLACE INTO decisions (run_id, cluster_id, decision, victor_id, victim_ids, chosen_victor_id,
                                              removed_member_ids, plan_body, reviewer, decided_at, member_versions, carried_from_run)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
            """ : """
            INSERT OR REPLACE INTO decisions (run_id, cluster_id, decision, victor_id, victim_ids, chosen_victor_id,
                                              removed_member_ids, plan_body, reviewer, decided_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            """)
        try statement.bind(saved.runID, at: 1)
        try statement.bind(Int64(saved.clusterID), at: 2)
        try statement.bind(saved.verdict.rawValue, at: 3)
        try statement.bind(saved.victorID, at: 4)
        try statement.bind(Self.decisionIDs(saved.victimIDs), at: 5)
        try statement.bind(saved.chosenVictorID, at: 6)
        try statement.bind(Self.decisionIDs(saved.removedMemberIDs), at: 7)
        try statement.bind(saved.planBody, at: 8)
        try statement.bind(saved.reviewer, at: 9)
        try statement.bind(saved.decidedAt, at: 10)
        if pins {
            try statement.bind(Self.versionsJSON(saved.memberVersions), at: 11)
            try statement.bind(saved.carriedFromRun, at: 12)
        }
        try statement.step()
    }

    /// Forgets the decision on one cluster (the reviewer's undo); nothing happens when there is none.
    public func deleteDecision(runID: Int64, clusterID: Int) throws(StoreError) {
        let statement = try db.prepare("DELETE FROM decisions WHERE run_id = ?1 AND cluster_id = ?2")
        try statement.bind(runID, at: 1)
        try statement.bind(Int64(clusterID), at: 2)
        try statement.step()
    }

    /// Every decision on the clusters of a run, by cluster id.
    public func decisions(runID: Int64) throws(StoreError) -> [DecisionRow] {
        let statement = try db.prepare("\(try selectDecisions()) WHERE run_id = ?1 ORDER BY cluster_id")
        try statement.bind(runID, at: 1)
        var rows: [DecisionRow] = []
        while try statement.step() { rows.append(try decisionRow(statement)) }
        return rows
    }

    /// The decision on one cluster, or nil when nobody decided yet.
    public func decision(runID: Int64, clusterID: Int) throws(StoreError) -> DecisionRow? {
        let statement = try db.prepare("\(try selectDecisions()) WHERE run_id = ?1 AND cluster_id = ?2")
        try statement.bind(runID, at: 1)
        try statement.bind(Int64(clusterID), at: 2)
        guard try statement.step() else { return nil }
        return try decisionRow(statement)
    }

    /// The clusters of a run a reviewer approved, by cluster id: what `apply --approved` merges.
    public func approvedClusters(runID: Int64) throws(StoreError) -> [ApprovedCluster] {
        try decisions(runID: runID).filter { $0.verdict == .approved }.map {
            ApprovedCluster(clusterID: $0.clusterID, victorID: $0.victorID, victimIDs: $0.victimIDs,
                            planBody: $0.planBody, reviewer: $0.reviewer, decidedAt: $0.decidedAt)
        }
    }

    // MARK: Helpers

    private func selectDecisions() throws(StoreError) -> String {
        let extra = try hasPinsSchema() ? "member_versions, carried_from_run" : "NULL, NULL"
        return """
            SELECT run_id, cluster_id, decision, victor_id, victim_ids, chosen_victor_id, removed_member_ids,
                   plan_body, reviewer, decided_at, \(extra) FROM decisions
            """
    }

    private func decisionRow(_ s: SQLiteStatement) throws(StoreError) -> DecisionRow {
        let verdictText = s.text(2) ?? ""
        guard let verdict = ReviewVerdict(rawValue: verdictText) else {
            throw StoreError(code: .sqlFailed, path: path,
                             message: "cluster \(s.int64(1)) of run \(s.int64(0)) has an unknown decision \"\(verdictText)\"",
                             hint: "Decide that cluster again (tcdedupe decide), or use the tcdedupe that wrote it.")
        }
        var row = DecisionRow(runID: s.int64(0), clusterID: Int(s.int64(1)), verdict: verdict, victorID: s.text(3) ?? "",
                              victimIDs: try decodedIDs(s.text(4) ?? "[]", clusterID: s.int64(1)),
                              chosenVictorID: s.text(5), removedMemberIDs: try decodedIDs(s.text(6) ?? "[]", clusterID: s.int64(1)),
                              planBody: s.text(7), reviewer: s.text(8) ?? "", decidedAt: s.text(9) ?? "")
        row.memberVersions = Self.versions(s.text(10))
        row.carriedFromRun = s.isNull(11) ? nil : s.int64(11)
        return row
    }

    /// Ids as a JSON array of strings.
    static func decisionIDs(_ ids: [String]) -> String {
        JSONValue.array(ids.map(JSONValue.string)).serialized()
    }

    func decodedIDs(_ text: String, clusterID: Int64) throws(StoreError) -> [String] {
        let value = try? JSONValue(parsing: text)
        guard let items = value?.arrayValue else {
            throw StoreError(code: .sqlFailed, path: path, message: "the decision on cluster \(clusterID) holds a damaged id list",
                             hint: "Decide that cluster again (tcdedupe decide).")
        }
        return items.compactMap(\.stringValue)
    }
}
