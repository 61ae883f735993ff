/// Stable cluster keys: a cluster of any run found by the key that survives runs.
extension CustomerStore {
    /// Whether the database has the key and pin tables (a read-only store may be older).
    func hasPinsSchema() throws(StoreError) -> Bool {
        try db.scalarInt("SELECT count(*) FROM pragma_table_info('clusters') WHERE name = 'cluster_key'") ?? 0 > 0
    }

    /// `cluster_key` where the database has it, else NULL: what a cluster query selects.
    func clusterKeyColumn() throws(StoreError) -> String {
        try hasPinsSchema() ? "cluster_key" : "NULL"
    }

    /// The id of the cluster of run `runID` whose stable key is `key`, if there is one.
    public func clusterID(runID: Int64, key: String) throws(StoreError) -> Int? {
        guard try hasPinsSchema() else { return nil }
        let statement = try db.prepare(unionOfBranches(try carriedBranches(runID: runID, run: "?2", alias: "c", .clusters)) {
            "SELECT cluster_id FROM clusters c WHERE cluster_key = ?1 AND \($0)"
        })
        try statement.bind(key, at: 1)
        try statement.bind(runID, at: 2)
        return try statement.step() ? Int(statement.int64(0)) : nil
    }

    /// The stable keys of the clusters of a run, by cluster id (empty for runs stored before keys).
    public func clusterKeys(runID: Int64) throws(StoreError) -> [Int: String] {
        guard try hasPinsSchema() else { return [:] }
        let statement = try db.prepare(unionOfBranches(try carriedBranches(runID: runID, run: "?1", alias: "c", .clusters)) {
            "SELECT cluster_id, cluster_key FROM clusters c WHERE \($0) AND cluster_key IS NOT NULL"
        })
        try statement.bind(runID, at: 1)
        var out: [Int: String] = [:]
        while try statement.step() { out[Int(statement.int64(0))] = statement.text(1) }
        return out
    }
}
