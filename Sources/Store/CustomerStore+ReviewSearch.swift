/// The search keys of a run's clusters (`review_search_keys`): written once per run by the
/// review server's index builder, read by every search.
///
/// Writing goes through a temporary table of this connection: keys arrive in cluster order and
/// go into the real table sorted, a batch per short transaction, so the B-tree is filled from
/// one end (no random page writes) and a reviewer's decision never waits long for the lock.
extension CustomerStore {
    /// Whether run `runID` has its search keys.
    public func hasReviewSearchKeys(runID: Int64) throws(StoreError) -> Bool {
        let statement = try db.prepare("SELECT 1 FROM review_search_runs WHERE run_id = ?1")
        try statement.bind(runID, at: 1)
        return try statement.step()
    }

    /// The highest cluster id of a run, 0 when it has none.
    public func maximumClusterID(runID: Int64) throws(StoreError) -> Int {
        let statement = try db.prepare("SELECT ifnull(max(highest), 0) FROM ("
            + unionOfBranches(try carriedBranches(runID: runID, run: "?1", alias: "c", .clusters)) {
                "SELECT max(cluster_id) AS highest FROM clusters c WHERE \($0)"
            } + ")")
        try statement.bind(runID, at: 1)
        _ = try statement.step()
        return Int(statement.int64(0))
    }

    /// The members of the clusters with ids in `range`, with their stored records, by cluster.
    public func reviewMemberRecords(runID: Int64, clusterIDs range: ClosedRange<Int>) throws(StoreError) -> [ReviewMemberRecord] {
        let statement = try db.prepare(unionOfBranches(try carriedBranches(runID: runID, run: "?1", alias: "m", .clusters)) {
            """
            SELECT m.cluster_id, m.customer_id, c.raw FROM cluster_members m LEFT JOIN customers c ON c.id = m.customer_id
            WHERE \($0) AND m.cluster_id BETWEEN ?2 AND ?3
            """
        } + " ORDER BY 1")
        try statement.bind(runID, at: 1)
        try statement.bind(Int64(range.lowerBound), at: 2)
        try statement.bind(Int64(range.upperBound), at: 3)
        var out: [ReviewMemberRecord] = []
        while try statement.step() {
            out.append(ReviewMemberRecord(clusterID: Int(statement.int64(0)), customerID: statement.text(1) ?? "",
                                          raw: statement.text(2)))
        }
        return out
    }

    /// Starts a fresh staging of search keys on this connection (a temporary table).
    public func beginReviewSearchStaging() throws(StoreError) {
        try db.execute("DROP TABLE IF EXISTS temp.review_search_staging")
        try db.execute("CREATE TEMP TABLE review_search_staging (key TEXT NOT NULL, cluster_id INTEGER NOT NULL)")
    }

    /// Adds keys to the staging table.
    public func stageReviewSearchKeys(_ keys: [(key: String, clusterID: Int)]) throws(StoreError) {
        let statement = try db.prepare("INSERT INTO temp.review_search_staging (key, cluster_id) VALUES (?1, ?2)")
        try db.execute("BEGIN")
        do {
            for entry in keys {
                try statement.bind(entry.key, at: 1)
                try statement.bind(Int64(entry.clusterID), at: 2)
                try statement.step()
                statement.reset()
            }
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// Moves the staged keys into `review_search_keys` for run `runID`, sorted, `batch` keys per
    /// transaction, then marks the run as searchable; `progress` gets the share done (0...1).
    /// Returns the number of distinct keys stored.
    @discardableResult
    public func commitReviewSearchKeys(runID: Int64, batch: Int = 100_000,
                                       progress: (Double) -> Void = { _ in }) throws(StoreError) -> Int {
        try db.execute("DROP TABLE IF EXISTS temp.review_search_sorted")
        try db.execute("""
            CREATE TEMP TABLE review_search_sorted AS
            SELECT DISTINCT key, cluster_id FROM temp.review_search_staging ORDER BY key, cluster_id
            """)
        try db.execute("DROP TABLE temp.review_search_staging")
        let total = Int(try db.scalarInt("SELECT count(*) FROM temp.review_search_sorted") ?? 0)
        try db.transaction { () throws(StoreError) in
            let stale = try db.prepare("DELETE FROM review_search_keys WHERE run_id = ?1")
            try stale.bind(runID, at: 1)
            try stale.step()
        }
        let copy = try db.prepare("""
            INSERT OR IGNORE INTO review_search_keys (run_id, key, cluster_id)
            SELECT ?1, key, cluster_id FROM temp.review_search_sorted WHERE rowid > ?2 AND rowid <= ?3 ORDER BY rowid
            """)
        var done = 0
        while done < total {
            try db.transaction { () throws(StoreError) in
                try copy.bind(runID, at: 1)
                try copy.bind(Int64(done), at: 2)
                try copy.bind(Int64(done + batch), at: 3)
                try copy.step()
                copy.reset()
            }
            done += batch
            progress(min(1, Double(done) / Double(max(total, 1))))
        }
        try db.execute("DROP TABLE temp.review_search_sorted")
        try db.transaction { () throws(StoreError) in
            let mark = try db.prepare("""
                INSERT OR REPLACE INTO review_search_runs (run_id, built_at, keys)
                VALUES (?1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?2)
                """)
            try mark.bind(runID, at: 1)
            try mark.bind(Int64(total), at: 2)
            try mark.step()
        }
        return total
    }
}
