/// What every reader of a run's clusters, members and pairs goes through: an incremental run
/// holds its own rows plus the rows of its base it carries by reference (migration 15), so a
/// query "of run R" is one SELECT per branch, the two joined by UNION ALL.
///
/// Each branch is a plain condition on the real table, so SQLite walks the same indexes as for
/// a run that stored all its rows; a compound SELECT's ORDER BY is answered by merging the two
/// ordered walks, and a LIMIT stops both early (a view of the union would sort the base's
/// third of a million clusters for every page of the review queue).
extension CustomerStore {
    /// Which table of carried rows a branch reads.
    enum CarriedTable {
        /// `clusters` or `cluster_members` (a row of either carries a `cluster_id`).
        case clusters
        /// `pairs` (a row carries its two ends `a` and `b`).
        case pairs
    }

    /// The run whose clusters (or pairs) run `runID` carries by reference, or nil when it
    /// carries none (a full run, an incremental run from before migration 15, which copied).
    func carriedBaseRunID(of runID: Int64, _ table: CarriedTable) throws(StoreError) -> Int64? {
        guard try hasCarriedByReference() else { return nil }
        let flag = table == .clusters ? "clusters_carried" : "pairs_carried"
        let statement = try db.prepare("SELECT base_run_id FROM run_carries WHERE run_id = ?1 AND \(flag) = 1")
        try statement.bind(runID, at: 1)
        return try statement.step() ? statement.int64(0) : nil
    }

    /// The conditions, one per branch, that pick run `runID`'s rows of `table` under `alias`.
    ///
    /// - Parameter run: the SQL that stands for the run in the query (a bound parameter such as
    ///   `?1`), so that the caller's bindings stay as they were.
    /// - Returns: `alias.run_id = run` alone for a run that carries nothing; else also the
    ///   base's rows that the run does not leave out (the base's id written in: it is a number
    ///   read from the store).
    func carriedBranches(runID: Int64, run: String, alias: String, _ table: CarriedTable) throws(StoreError) -> [String] {
        let own = "\(alias).run_id = \(run)"
        guard let base = try carriedBaseRunID(of: runID, table) else { return [own] }
        switch table {
        case .clusters:
            return [own, """
                \(alias).run_id = \(base) AND NOT EXISTS (SELECT 1 FROM run_dropped_clusters dropped \
                WHERE dropped.run_id = \(run) AND dropped.cluster_id = \(alias).cluster_id)
                """]
        case .pairs:
            return [own, """
                \(alias).run_id = \(base) \
                AND NOT EXISTS (SELECT 1 FROM run_dropped_customers dropped WHERE dropped.run_id = \(run) AND dropped.customer_id = \(alias).a) \
                AND NOT EXISTS (SELECT 1 FROM run_dropped_customers dropped WHERE dropped.run_id = \(run) AND dropped.customer_id = \(alias).b)
                """]
        }
    }

    /// One SELECT per branch (`select` given the branch's condition), joined by UNION ALL.
    func unionOfBranches(_ branches: [String], _ select: (String) -> String) -> String {
        branches.map(select).joined(separator: "\nUNION ALL\n")
    }

    /// Whether the database has migration 15's tables: a read-only store may be older.
    func hasCarriedByReference() throws(StoreError) -> Bool {
        try db.scalarInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'run_carries'") == 1
    }
}

extension CustomerStore {
    /// The runs that carry clusters or pairs of run `baseRunID` by reference, oldest first:
    /// while any is kept, that base is kept too.
    public func runsCarrying(from baseRunID: Int64) throws(StoreError) -> [Int64] {
        guard try hasCarriedByReference() else { return [] }
        let statement = try db.prepare("SELECT run_id FROM run_carries WHERE base_run_id = ?1 ORDER BY run_id")
        try statement.bind(baseRunID, at: 1)
        var ids: [Int64] = []
        while try statement.step() { ids.append(statement.int64(0)) }
        return ids
    }
}
