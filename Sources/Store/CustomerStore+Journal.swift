import CRMModel

/// The merge journal (see `StoreSchema+Journal.swift`): every step of `apply`, committed before
/// the next one starts, and the snapshots a wrong merge can be repaired from.
extension CustomerStore {
    /// Adds `planned` rows for clusters the journal does not hold yet (one transaction);
    /// clusters already journalled keep their row and state, so a second `apply` resumes.
    public func planMerges(_ entries: [JournalEntry]) throws(StoreError) {
        guard !entries.isEmpty else { return }
        let now = try db.now()
        let insert = try db.prepare("""
            INSERT OR IGNORE INTO merge_journal
                (run_id, cluster_id, victor_id, victim_ids, state, mode, api_url, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, 'planned', ?5, ?6, ?7, ?7)
            """)
        try db.transaction { () throws(StoreError) in
            for e in entries {
                try insert.bind(e.runID, at: 1)
                try insert.bind(Int64(e.clusterID), at: 2)
                try insert.bind(e.victorID, at: 3)
                try insert.bind(Self.idList(e.victimIDs), at: 4)
                try insert.bind(e.mode, at: 5)
                try insert.bind(e.apiURL, at: 6)
                try insert.bind(now, at: 7)
                try insert.step()
                insert.reset()
                if db.changes == 1 { try logEvent(e.runID, e.clusterID, .planned, detail: nil, at: now) }
            }
        }
    }

    /// Records the snapshots of a cluster's members and the body about to be sent, and moves the
    /// cluster to `snapshotted`, in one transaction: when this returns, the snapshots are on disk.
    /// The victor and victims given here replace the planned ones (a re-check may have changed them).
    public func recordSnapshots(runID: Int64, clusterID: Int, victorID: String, victimIDs: [String],
                                requestBody: String, snapshots: [MergeSnapshot]) throws(StoreError) {
        let now = try db.now()
        let update = try db.prepare("""
            UPDATE merge_journal SET state = 'snapshotted', victor_id = ?3, victim_ids = ?4, request_body = ?5,
                reason = NULL, updated_at = ?6
            WHERE run_id = ?1 AND cluster_id = ?2
            """)
        let insert = try db.prepare("""
            INSERT OR REPLACE INTO merge_snapshots (run_id, cluster_id, customer_id, role, json, taken_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            """)
        try db.transaction { () throws(StoreError) in
            try update.bind(runID, at: 1)
            try update.bind(Int64(clusterID), at: 2)
            try update.bind(victorID, at: 3)
            try update.bind(Self.idList(victimIDs), at: 4)
            try update.bind(requestBody, at: 5)
            try update.bind(now, at: 6)
            try update.step()
            guard db.changes == 1 else { throw unplanned(runID, clusterID) }
            for s in snapshots {
                try insert.bind(runID, at: 1)
                try insert.bind(Int64(clusterID), at: 2)
                try insert.bind(s.customerID, at: 3)
                try insert.bind(s.role.rawValue, at: 4)
                try insert.bind(s.json, at: 5)
                try insert.bind(now, at: 6)
                try insert.step()
                insert.reset()
            }
            try logEvent(runID, clusterID, .snapshotted, detail: "\(snapshots.count) customers", at: now)
        }
    }

    /// Moves a cluster to `state` with an optional reason; `sent` also counts an attempt.
    public func markMerge(runID: Int64, clusterID: Int, _ state: JournalState, reason: String? = nil) throws(StoreError) {
        let now = try db.now()
        let update = try db.prepare("""
            UPDATE merge_journal SET state = ?3, reason = ?4, updated_at = ?5,
                attempts = attempts + (CASE WHEN ?3 = 'sent' THEN 1 ELSE 0 END)
            WHERE run_id = ?1 AND cluster_id = ?2
            """)
        try db.transaction { () throws(StoreError) in
            try update.bind(runID, at: 1)
            try update.bind(Int64(clusterID), at: 2)
            try update.bind(state.rawValue, at: 3)
            try update.bind(reason, at: 4)
            try update.bind(now, at: 5)
            try update.step()
            guard db.changes == 1 else { throw unplanned(runID, clusterID) }
            try logEvent(runID, clusterID, state, detail: reason, at: now)
        }
    }

    /// One cluster's journal row, or nil when `apply` never planned it.
    public func journalEntry(runID: Int64, clusterID: Int) throws(StoreError) -> JournalEntry? {
        let statement = try db.prepare(Self.journalSelect + " WHERE run_id = ?1 AND cluster_id = ?2")
        try statement.bind(runID, at: 1)
        try statement.bind(Int64(clusterID), at: 2)
        guard try statement.step() else { return nil }
        return journalEntry(statement)
    }

    /// The journal of one run (or of every run), by run and cluster.
    public func journal(runID: Int64? = nil) throws(StoreError) -> [JournalEntry] {
        let statement = try db.prepare(Self.journalSelect + " WHERE ?1 IS NULL OR run_id = ?1 ORDER BY run_id, cluster_id")
        try statement.bind(runID, at: 1)
        var out: [JournalEntry] = []
        while try statement.step() { out.append(journalEntry(statement)) }
        return out
    }

    /// Every step recorded for one cluster, oldest first: (state, detail, time).
    public func journalEvents(runID: Int64, clusterID: Int) throws(StoreError) -> [(state: String, detail: String?, at: String)] {
        let statement = try db.prepare(
            "SELECT state, detail, at FROM merge_journal_events WHERE run_id = ?1 AND cluster_id = ?2 ORDER BY id")
        try statement.bind(runID, at: 1)
        try statement.bind(Int64(clusterID), at: 2)
        var out: [(String, String?, String)] = []
        while try statement.step() { out.append((statement.text(0) ?? "", statement.text(1), statement.text(2) ?? "")) }
        return out
    }

    /// The snapshots of a cluster, victor first.
    public func snapshots(runID: Int64, clusterID: Int) throws(StoreError) -> [MergeSnapshot] {
        let statement = try db.prepare("""
            SELECT run_id, cluster_id, customer_id, role, json, taken_at FROM merge_snapshots
            WHERE run_id = ?1 AND cluster_id = ?2 ORDER BY role = 'victim', customer_id
            """)
        try statement.bind(runID, at: 1)
        try statement.bind(Int64(clusterID), at: 2)
        var out: [MergeSnapshot] = []
        while try statement.step() { out.append(snapshot(statement)) }
        return out
    }

    /// Every snapshot of one customer, newest first.
    public func snapshots(customerID: String) throws(StoreError) -> [MergeSnapshot] {
        let statement = try db.prepare("""
            SELECT run_id, cluster_id, customer_id, role, json, taken_at FROM merge_snapshots
            WHERE customer_id = ?1 ORDER BY taken_at DESC, run_id DESC
            """)
        try statement.bind(customerID, at: 1)
        var out: [MergeSnapshot] = []
        while try statement.step() { out.append(snapshot(statement)) }
        return out
    }

    // MARK: Helpers

    private static let journalSelect = """
        SELECT run_id, cluster_id, victor_id, victim_ids, state, mode, api_url, request_body, reason, attempts,
               created_at, updated_at FROM merge_journal
        """

    private func journalEntry(_ s: SQLiteStatement) -> JournalEntry {
        JournalEntry(runID: s.int64(0), clusterID: Int(s.int64(1)), victorID: s.text(2) ?? "",
                     victimIDs: Self.ids(s.text(3) ?? "[]"), state: JournalState(rawValue: s.text(4) ?? "") ?? .failed,
                     mode: s.text(5) ?? "", apiURL: s.text(6), requestBody: s.text(7), reason: s.text(8),
                     attempts: Int(s.int64(9)), createdAt: s.text(10) ?? "", updatedAt: s.text(11) ?? "")
    }

    private func snapshot(_ s: SQLiteStatement) -> MergeSnapshot {
        MergeSnapshot(runID: s.int64(0), clusterID: Int(s.int64(1)), customerID: s.text(2) ?? "",
                      role: MergeSnapshot.Role(rawValue: s.text(3) ?? "") ?? .victim, json: s.text(4) ?? "",
                      takenAt: s.text(5) ?? "")
    }

    private func logEvent(_ runID: Int64, _ clusterID: Int, _ state: JournalState, detail: String?,
                          at time: String) throws(StoreError) {
        let insert = try db.prepare(
            "INSERT INTO merge_journal_events (run_id, cluster_id, state, detail, at) VALUES (?1, ?2, ?3, ?4, ?5)")
        try insert.bind(runID, at: 1)
        try insert.bind(Int64(clusterID), at: 2)
        try insert.bind(state.rawValue, at: 3)
        try insert.bind(detail, at: 4)
        try insert.bind(time, at: 5)
        try insert.step()
    }

    private static func idList(_ ids: [String]) -> String {
        JSONValue.array(ids.map(JSONValue.string)).serialized()
    }

    private static func ids(_ text: String) -> [String] {
        guard case .array(let items)? = try? JSONValue(parsing: text) else { return [] }
        return items.compactMap(\.stringValue)
    }

    private func unplanned(_ runID: Int64, _ clusterID: Int) -> StoreError {
        StoreError(code: .constraint, path: path,
                   message: "cluster \(clusterID) of run \(runID) is not in the merge journal",
                   hint: "plan it first (this is a bug in tcdedupe if you see it)")
    }
}
