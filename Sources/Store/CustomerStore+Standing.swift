/// The standing state a full run keeps for the incremental runs after it, which run a run built
/// on, and carrying a run's clusters over to a later run.
extension CustomerStore {
    /// Stores one part of a run's standing state (replacing a part of that name), from bytes the
    /// caller lends for the call: the candidate pairs of a large base are a hundred megabytes,
    /// not copied on the way in.
    public func saveStandingPart(runID: Int64, name: String, bytes: UnsafeRawBufferPointer) throws(StoreError) {
        let statement = try db.prepare("INSERT OR REPLACE INTO standing_state (run_id, part, data) VALUES (?1, ?2, ?3)")
        try statement.bind(runID, at: 1)
        try statement.bind(name, at: 2)
        try statement.bindBlobNoCopy(bytes, at: 3)
        try statement.step()
    }

    /// One part of a run's standing state as an array of `T`, or nil when there is none.
    public func standingPart<T: BitwiseCopyable>(runID: Int64, name: String, as type: T.Type) throws(StoreError) -> [T]? {
        let statement = try db.prepare("SELECT data FROM standing_state WHERE run_id = ?1 AND part = ?2")
        try statement.bind(runID, at: 1)
        try statement.bind(name, at: 2)
        guard try statement.step() else { return nil }
        return statement.blob(0, as: T.self)
    }

    /// Drops the standing state of every run but `runID`, except the value counts (small, and
    /// what `run --full --model-from` reads): incremental runs build on the newest full run.
    public func dropStandingState(except runID: Int64) throws(StoreError) {
        let statement = try db.prepare("DELETE FROM standing_state WHERE run_id <> ?1 AND part <> 'frequencies'")
        try statement.bind(runID, at: 1)
        try statement.step()
    }

    /// Whether run `runID` has a standing state with a part named `name`.
    public func hasStandingPart(runID: Int64, name: String) throws(StoreError) -> Bool {
        let statement = try db.prepare("SELECT 1 FROM standing_state WHERE run_id = ?1 AND part = ?2")
        try statement.bind(runID, at: 1)
        try statement.bind(name, at: 2)
        return try statement.step()
    }

    /// Records that run `runID` built on run `baseRunID` (`incremental` or `kept_model`).
    public func recordRunBase(runID: Int64, baseRunID: Int64, kind: String) throws(StoreError) {
        let statement = try db.prepare("INSERT OR REPLACE INTO run_bases (run_id, base_run_id, kind) VALUES (?1, ?2, ?3)")
        try statement.bind(runID, at: 1)
        try statement.bind(baseRunID, at: 2)
        try statement.bind(kind, at: 3)
        try statement.step()
    }

    /// The run that run `runID` built on, and how; nil for a run that built on none.
    public func runBase(runID: Int64) throws(StoreError) -> (baseRunID: Int64, kind: String)? {
        let statement = try db.prepare("SELECT base_run_id, kind FROM run_bases WHERE run_id = ?1")
        try statement.bind(runID, at: 1)
        guard try statement.step() else { return nil }
        return (statement.int64(0), statement.text(1) ?? "")
    }

    /// The highest cluster id of a run (0 when it has none).
    public func highestClusterID(runID: Int64) throws(StoreError) -> Int {
        let statement = try db.prepare("SELECT coalesce(max(cluster_id), 0) FROM clusters WHERE run_id = ?1")
        try statement.bind(runID, at: 1)
        try statement.step()
        return Int(statement.int64(0))
    }

    /// Copies the clusters of run `from` to run `to`, with their ids, members and payloads, all
    /// but those holding any of `customerIDs`; returns how many were copied.
    ///
    /// For an incremental run: the clusters whose records and links did not change are the
    /// earlier run's, to the byte, so they are copied inside SQLite instead of resolved again.
    @discardableResult
    public func carryClusters(from: Int64, to: Int64, exceptHolding customerIDs: [String]) throws(StoreError) -> Int {
        try db.execute("CREATE TEMP TABLE IF NOT EXISTS carry_touched (customer_id TEXT PRIMARY KEY) WITHOUT ROWID")
        try db.execute("CREATE TEMP TABLE IF NOT EXISTS carry_dropped (cluster_id INTEGER PRIMARY KEY)")
        return try db.transaction { () throws(StoreError) -> Int in
            try db.execute("DELETE FROM temp.carry_touched")
            try db.execute("DELETE FROM temp.carry_dropped")
            let touched = try db.prepare("INSERT OR IGNORE INTO temp.carry_touched (customer_id) VALUES (?1)")
            for id in customerIDs {
                try touched.bind(id, at: 1)
                try touched.step()
                touched.reset()
            }
            let dropped = try db.prepare("""
                INSERT OR IGNORE INTO temp.carry_dropped (cluster_id)
                SELECT m.cluster_id FROM temp.carry_touched t JOIN cluster_members m ON m.customer_id = t.customer_id
                WHERE m.run_id = ?1
                """)
            try dropped.bind(from, at: 1)
            try dropped.step()
            let clusters = try db.prepare("""
                INSERT INTO clusters (run_id, cluster_id, franchise_id, confidence, match_weight, auto_merge, size, victor_id, payload,
                                      cluster_key)
                SELECT ?2, cluster_id, franchise_id, confidence, match_weight, auto_merge, size, victor_id, payload, cluster_key
                FROM clusters WHERE run_id = ?1 AND cluster_id NOT IN (SELECT cluster_id FROM temp.carry_dropped)
                ORDER BY cluster_id
                """)
            try clusters.bind(from, at: 1)
            try clusters.bind(to, at: 2)
            try clusters.step()
            let copied = db.changes
            let members = try db.prepare("""
                INSERT INTO cluster_members (run_id, cluster_id, customer_id, role)
                SELECT ?2, cluster_id, customer_id, role FROM cluster_members
                WHERE run_id = ?1 AND cluster_id NOT IN (SELECT cluster_id FROM temp.carry_dropped)
                ORDER BY cluster_id, rowid
                """)
            try members.bind(from, at: 1)
            try members.bind(to, at: 2)
            try members.step()
            return copied
        }
    }
}
