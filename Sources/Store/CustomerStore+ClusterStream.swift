/// Reading a run's clusters one at a time, for reports of any size: nothing here holds more
/// than one cluster's payload (or, for the overview, a few numbers per cluster).
extension CustomerStore {
    /// Calls `body` with each cluster of a run at or above `minConfidence` (only those `apply
    /// --auto` may merge, with `autoMergeOnly`), in cluster id order, without members (the
    /// payload carries them).
    ///
    /// The unary `+` keeps SQLite off the confidence index: walking the primary key gives id
    /// order directly, where the confidence index would sort every payload in a temporary tree.
    public func forEachCluster(runID: Int64, minConfidence: Double = 0, autoMergeOnly: Bool = false,
                               _ body: (ClusterRow) throws -> Void) throws {
        let statement = try db.prepare(unionOfBranches(try carriedBranches(runID: runID, run: "?1", alias: "c", .clusters)) {
            """
            SELECT cluster_id, franchise_id, confidence, match_weight, auto_merge, size, victor_id, payload
            FROM clusters c WHERE \($0) AND +confidence >= ?2 AND auto_merge >= ?3
            """
        } + " ORDER BY cluster_id")
        try statement.bind(runID, at: 1)
        try statement.bind(minConfidence, at: 2)
        try statement.bind(Int64(autoMergeOnly ? 1 : 0), at: 3)
        while try statement.step() {
            try body(ClusterRow(clusterID: Int(statement.int64(0)), franchiseID: statement.text(1), confidence: statement.double(2),
                                matchWeight: statement.double(3), autoMerge: statement.int64(4) != 0, size: Int(statement.int64(5)),
                                victorID: statement.text(6) ?? "", payload: statement.text(7) ?? "", members: []))
        }
    }

    /// Calls `body` with the overview columns of each cluster of a run (same filters as
    /// ``forEachCluster(runID:minConfidence:autoMergeOnly:_:)``), in no particular order.
    public func forEachClusterFigures(runID: Int64, minConfidence: Double = 0, autoMergeOnly: Bool = false,
                                      _ body: (ClusterFiguresRow) throws -> Void) throws {
        let statement = try db.prepare(unionOfBranches(try carriedBranches(runID: runID, run: "?1", alias: "c", .clusters)) {
            """
            SELECT franchise_id, confidence, match_weight, auto_merge, size
            FROM clusters c WHERE \($0) AND confidence >= ?2 AND auto_merge >= ?3
            """
        })
        try statement.bind(runID, at: 1)
        try statement.bind(minConfidence, at: 2)
        try statement.bind(Int64(autoMergeOnly ? 1 : 0), at: 3)
        while try statement.step() {
            try body(ClusterFiguresRow(franchiseID: statement.text(0), confidence: statement.double(1),
                                       matchWeight: statement.double(2), autoMerge: statement.int64(3) != 0,
                                       size: Int(statement.int64(4))))
        }
    }

    /// The ids of at most `limit` clusters (same filters as above) a person should look at
    /// first: those that need a person (not auto-merge: the review band and the clusters the
    /// guard held back) before the others, least confident first, then by id. Nil `limit`: all.
    public func clusterIDsForPeople(runID: Int64, minConfidence: Double = 0, autoMergeOnly: Bool = false,
                                    limit: Int?) throws(StoreError) -> [Int] {
        let statement = try db.prepare(unionOfBranches(try carriedBranches(runID: runID, run: "?1", alias: "c", .clusters)) {
            "SELECT cluster_id, auto_merge, confidence FROM clusters c WHERE \($0) AND confidence >= ?2 AND auto_merge >= ?3"
        } + " ORDER BY auto_merge, confidence, cluster_id LIMIT ?4")
        try statement.bind(runID, at: 1)
        try statement.bind(minConfidence, at: 2)
        try statement.bind(Int64(autoMergeOnly ? 1 : 0), at: 3)
        try statement.bind(Int64(limit ?? -1), at: 4)
        var ids: [Int] = []
        while try statement.step() { ids.append(Int(statement.int64(0))) }
        return ids
    }
}

extension CustomerStore {
    /// Calls `body` with the confidence, auto-merge flag and size of each cluster of a run, in no
    /// particular order: what a run's summary counts. These three columns sit in a queue index
    /// (`clusters_queue_by_size`), so SQLite reads that index and never a payload: cheap even
    /// for the third of a million clusters an incremental run carries from its base.
    public func forEachClusterBand(runID: Int64, _ body: (_ confidence: Double, _ autoMerge: Bool, _ size: Int) throws -> Void) throws {
        let statement = try db.prepare(unionOfBranches(try carriedBranches(runID: runID, run: "?1", alias: "c", .clusters)) {
            "SELECT confidence, auto_merge, size FROM clusters c WHERE \($0)"
        })
        try statement.bind(runID, at: 1)
        while try statement.step() {
            try body(statement.double(0), statement.int64(1) != 0, Int(statement.int64(2)))
        }
    }
}
