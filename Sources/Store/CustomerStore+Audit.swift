/// The audit sample of a run's auto-merge clusters and the verdicts on it.
///
/// The sample is a table of cluster ids (migration 8); the verdicts are the ordinary decisions
/// on those clusters, so whoever judges a sampled cluster (`tcdedupe decide`, the review page)
/// records the audit without knowing it is one.
extension CustomerStore {
    /// The ids of the clusters of a run that `apply --auto` may merge (the `auto_merge` column), by id.
    public func autoMergeClusterIDs(runID: Int64) throws(StoreError) -> [Int] {
        let statement = try db.prepare(unionOfBranches(try carriedBranches(runID: runID, run: "?1", alias: "c", .clusters)) {
            "SELECT cluster_id FROM clusters c WHERE \($0) AND auto_merge = 1"
        } + " ORDER BY cluster_id")
        try statement.bind(runID, at: 1)
        var ids: [Int] = []
        while try statement.step() { ids.append(Int(statement.int64(0))) }
        return ids
    }

    /// The audit sample of a run in sample order; empty when none was drawn (or the database
    /// predates the audit table: read-only commands read older schemas).
    public func auditSample(runID: Int64) throws(StoreError) -> [AuditSampleRow] {
        guard try hasAuditTable() else { return [] }
        let statement = try db.prepare(
            "SELECT cluster_id, position, seed, drawn_at FROM audit_samples WHERE run_id = ?1 ORDER BY position")
        try statement.bind(runID, at: 1)
        var rows: [AuditSampleRow] = []
        while try statement.step() {
            rows.append(AuditSampleRow(clusterID: Int(statement.int64(0)), position: Int(statement.int64(1)),
                                       seed: UInt64(bitPattern: statement.int64(2)), drawnAt: statement.text(3) ?? ""))
        }
        return rows
    }

    /// Adds clusters to the audit sample of a run, in one transaction; `clusterIDs[k]` takes
    /// position `firstPosition + k`. A cluster already in the sample is left as it is.
    ///
    /// - Throws: ``StoreError`` `.constraint` when the run does not exist.
    public func addToAuditSample(runID: Int64, clusterIDs: [Int], firstPosition: Int, seed: UInt64) throws(StoreError) {
        guard !clusterIDs.isEmpty else { return }
        let runExists = try db.prepare("SELECT 1 FROM runs WHERE id = ?1")
        try runExists.bind(runID, at: 1)
        guard try runExists.step() else { throw unknownRun(runID) }
        let now = try db.now()
        let statement = try db.prepare("""
            INSERT OR IGNORE INTO audit_samples (run_id, cluster_id, position, seed, drawn_at) VALUES (?1, ?2, ?3, ?4, ?5)
            """)
        try db.transaction { () throws(StoreError) in
            for (k, id) in clusterIDs.enumerated() {
                try statement.bind(runID, at: 1)
                try statement.bind(Int64(id), at: 2)
                try statement.bind(Int64(firstPosition + k), at: 3)
                try statement.bind(Int64(bitPattern: seed), at: 4)
                try statement.bind(now, at: 5)
                try statement.step()
                statement.reset()
            }
        }
    }

    /// The verdicts on a run's audit sample. An approval counts as correct only when the
    /// reviewer took no member out: a cluster that needed a member removed was a wrong merge.
    /// Edited-but-undecided clusters count as not decided.
    public func auditTally(runID: Int64) throws(StoreError) -> AuditTally {
        guard try hasAuditTable() else { return AuditTally(sampled: 0, decided: 0, correct: 0) }
        let statement = try db.prepare("""
            SELECT COUNT(*),
                   COALESCE(SUM(d.decision IN ('approved', 'rejected')), 0),
                   COALESCE(SUM(d.decision = 'approved' AND d.removed_member_ids = '[]'), 0)
            FROM audit_samples s
            LEFT JOIN decisions d ON d.run_id = s.run_id AND d.cluster_id = s.cluster_id
            WHERE s.run_id = ?1
            """)
        try statement.bind(runID, at: 1)
        guard try statement.step() else { return AuditTally(sampled: 0, decided: 0, correct: 0) }
        return AuditTally(sampled: Int(statement.int64(0)), decided: Int(statement.int64(1)), correct: Int(statement.int64(2)))
    }

    /// The clusters of a run a reviewer rejected: `apply --auto` leaves them out.
    public func rejectedClusterIDs(runID: Int64) throws(StoreError) -> Set<Int> {
        let statement = try db.prepare("SELECT cluster_id FROM decisions WHERE run_id = ?1 AND decision = 'rejected'")
        try statement.bind(runID, at: 1)
        var ids: Set<Int> = []
        while try statement.step() { ids.insert(Int(statement.int64(0))) }
        return ids
    }

    private func hasAuditTable() throws(StoreError) -> Bool {
        let statement = try db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_samples'")
        return try statement.step()
    }
}
