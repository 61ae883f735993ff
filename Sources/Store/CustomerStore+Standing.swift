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

    /// Makes run `to` hold the clusters of run `from`, with their ids, members and payloads, all
    /// but those holding any of `customerIDs`; returns how many it holds that way.
    ///
    /// For an incremental run: the clusters whose records and links did not change are the
    /// earlier run's, to the byte, so they are referred to (migration 15), not resolved or
    /// copied again. What is written is one row per cluster left out: the work follows what
    /// changed, not the size of the base. `from` must be a run that stored its own clusters
    /// (a full run), and it is kept as long as `to` refers to it.
    @discardableResult
    public func carryClusters(from: Int64, to: Int64, exceptHolding customerIDs: [String]) throws(StoreError) -> Int {
        try requireCarriableBase(from)
        try db.execute("CREATE TEMP TABLE IF NOT EXISTS carry_touched (customer_id TEXT PRIMARY KEY) WITHOUT ROWID")
        return try db.transaction { () throws(StoreError) -> Int in
            try db.execute("DELETE FROM temp.carry_touched")
            let touched = try db.prepare("INSERT OR IGNORE INTO temp.carry_touched (customer_id) VALUES (?1)")
            for id in customerIDs {
                try touched.bind(id, at: 1)
                try touched.step()
                touched.reset()
            }
            let dropped = try db.prepare("""
                INSERT OR IGNORE INTO run_dropped_clusters (run_id, cluster_id)
                SELECT ?2, m.cluster_id FROM temp.carry_touched t JOIN cluster_members m ON m.customer_id = t.customer_id
                WHERE m.run_id = ?1
                """)
            try dropped.bind(from, at: 1)
            try dropped.bind(to, at: 2)
            try dropped.step()
            try recordCarry(from: from, to: to, flag: "clusters_carried")
            let counted = try db.prepare("""
                SELECT (SELECT count(*) FROM clusters WHERE run_id = ?1) - (SELECT count(*) FROM run_dropped_clusters WHERE run_id = ?2)
                """)
            try counted.bind(from, at: 1)
            try counted.bind(to, at: 2)
            try counted.step()
            return Int(counted.int64(0))
        }
    }

    /// Notes that run `to` refers to run `from`'s clusters or pairs (`flag` names which).
    func recordCarry(from: Int64, to: Int64, flag: String) throws(StoreError) {
        let statement = try db.prepare("""
            INSERT INTO run_carries (run_id, base_run_id, \(flag)) VALUES (?1, ?2, 1)
            ON CONFLICT (run_id) DO UPDATE SET \(flag) = 1 WHERE base_run_id = excluded.base_run_id
            """)
        try statement.bind(to, at: 1)
        try statement.bind(from, at: 2)
        try statement.step()
        guard db.changes == 1 else {
            throw StoreError(code: .constraint, path: path, message: "run \(to) already carries rows of another run than \(from)",
                             hint: "An incremental run builds on one base: carry its clusters and pairs from the same run.")
        }
    }

    /// Refuses to carry from a run that itself carries (references would chain) or is unknown.
    func requireCarriableBase(_ from: Int64) throws(StoreError) {
        let statement = try db.prepare("SELECT 1 FROM runs WHERE id = ?1")
        try statement.bind(from, at: 1)
        guard try statement.step() else { throw unknownRun(from) }
        let carriesClusters = try carriedBaseRunID(of: from, .clusters) != nil
        let carriesPairs = try carriedBaseRunID(of: from, .pairs) != nil
        if carriesClusters || carriesPairs {
            throw StoreError(code: .constraint, path: path, message: "run \(from) carries rows of another run and cannot be a base",
                             hint: "Build incremental runs on the full run that run \(from) built on.")
        }
    }
}
