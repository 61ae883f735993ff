/// A run's clusters read for comparing two runs: outlines and members, never the payloads.
extension CustomerStore {
    /// A cursor over the members of run `runID` in customer id order (see ``RunMemberCursor``).
    ///
    /// SQLite reads the run's rows through the `(run_id, cluster_id)` index and sorts them in
    /// its own sorter (which spills to a temporary file rather than grow without bound).
    public func memberCursor(runID: Int64) throws(StoreError) -> RunMemberCursor {
        let statement = try db.prepare(unionOfBranches(try carriedBranches(runID: runID, run: "?1", alias: "m", .clusters)) {
            "SELECT customer_id, cluster_id FROM cluster_members m INDEXED BY cluster_members_by_cluster WHERE \($0)"
        } + " ORDER BY customer_id")
        try statement.bind(runID, at: 1)
        return RunMemberCursor(statement: statement)
    }

    /// Calls `body` with the outline of each cluster of run `runID`, in cluster id order.
    public func forEachClusterOutline(runID: Int64, _ body: (ClusterOutlineRow) throws -> Void) throws {
        let statement = try db.prepare(unionOfBranches(try carriedBranches(runID: runID, run: "?1", alias: "c", .clusters)) {
            "SELECT cluster_id, confidence, auto_merge, size, victor_id FROM clusters c WHERE \($0)"
        } + " ORDER BY cluster_id")
        try statement.bind(runID, at: 1)
        while try statement.step() {
            try body(ClusterOutlineRow(clusterID: Int(statement.int64(0)), confidence: statement.double(1),
                                       autoMerge: statement.int64(2) != 0, size: Int(statement.int64(3)),
                                       victorID: statement.text(4) ?? ""))
        }
    }
}
