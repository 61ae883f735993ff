/// Live runs and dry runs (see ``RunKind``): which is which, and the one dry run the store keeps.
extension CustomerStore {
    /// What kind run `id` is; `.live` for an unknown id or a database from before run kinds.
    public func runKind(id: Int64) throws(StoreError) -> RunKind {
        guard try hasRunKinds() else { return .live }
        let statement = try db.prepare("SELECT kind FROM runs WHERE id = ?1")
        try statement.bind(id, at: 1)
        guard try statement.step() else { return .live }
        return RunKind(rawValue: statement.text(0) ?? "") ?? .live
    }

    /// The newest finished live run older than run `id`, or nil when there is none.
    public func latestLiveRunID(before id: Int64) throws(StoreError) -> Int64? {
        let statement = try db.prepare(
            "SELECT max(id) FROM runs WHERE id < ?1 AND finished_at IS NOT NULL AND \(try liveRunsOnly())")
        try statement.bind(id, at: 1)
        guard try statement.step(), !statement.isNull(0) else { return nil }
        return statement.int64(0)
    }

    /// Marks run `id` a dry run, so that no "latest run" query picks it.
    public func markDryRun(id: Int64) throws(StoreError) {
        let statement = try db.prepare("UPDATE runs SET kind = ?2 WHERE id = ?1")
        try statement.bind(id, at: 1)
        try statement.bind(RunKind.dryRun.rawValue, at: 2)
        try statement.step()
        guard db.changes == 1 else { throw unknownRun(id) }
    }

    /// The newest dry run (finished or not), or nil when there is none.
    public func latestDryRunID(finishedOnly: Bool = true) throws(StoreError) -> Int64? {
        guard try hasRunKinds() else { return nil }
        return try db.scalarInt("SELECT max(id) FROM runs WHERE kind = 'dry_run'"
            + (finishedOnly ? " AND finished_at IS NOT NULL" : ""))
    }

    /// Deletes every dry run but `kept` that is no longer going on (finished or interrupted),
    /// with its clusters, members and pairs: a dry run answers "what would these rules do",
    /// and a newer one has answered it. Returns the ids deleted. A run another run carries
    /// rows of by reference is kept (no incremental run builds on a dry run today).
    @discardableResult
    public func deleteDryRuns(except kept: Int64) throws(StoreError) -> [Int64] {
        guard try hasRunKinds() else { return [] }
        let referred = try hasCarriedByReference() ? " AND id NOT IN (SELECT base_run_id FROM run_carries)" : ""
        let statement = try db.prepare("""
            SELECT id FROM runs WHERE kind = 'dry_run' AND id <> ?1 AND (finished_at IS NOT NULL OR interrupted_at IS NOT NULL)\(referred)
            """)
        try statement.bind(kept, at: 1)
        var ids: [Int64] = []
        while try statement.step() { ids.append(statement.int64(0)) }
        statement.reset()
        for id in ids { try deleteRun(id: id) }
        return ids
    }

    /// The SQL condition that keeps dry runs out of a `runs` query, or "1" (always true) on a
    /// database from before run kinds (opened read-only), where every run is live.
    func liveRunsOnly() throws(StoreError) -> String {
        try hasRunKinds() ? "kind = 'live'" : "1"
    }

    /// Whether the runs table has its `kind` column: a read-only store may be older.
    func hasRunKinds() throws(StoreError) -> Bool {
        try db.scalarInt("SELECT count(*) FROM pragma_table_info('runs') WHERE name = 'kind'") == 1
    }
}
