/// The runs table: one row per matching run.
extension CustomerStore {
    /// Records the start of a run and returns its id (ids are never reused, even after a delete).
    ///
    /// - Parameter startedAt: ISO 8601 time; nil means now (UTC).
    /// - Parameter scoringModel: the model the run scores with (m, u, prior) as JSON, so that
    ///   `apply` can re-check a cluster whose members changed with the same weights.
    public func createRun(rulesHash: String?, rulesText: String?, trainedModel: String? = nil,
                          scoringModel: String? = nil, startedAt: String? = nil) throws(StoreError) -> Int64 {
        let started: String
        if let startedAt { started = startedAt } else { started = try db.now() }
        let statement = try db.prepare(
            "INSERT INTO runs (started_at, rules_hash, rules_text, trained_model, scoring_model) VALUES (?1, ?2, ?3, ?4, ?5)")
        try statement.bind(started, at: 1)
        try statement.bind(rulesHash, at: 2)
        try statement.bind(rulesText, at: 3)
        try statement.bind(trainedModel, at: 4)
        try statement.bind(scoringModel, at: 5)
        try statement.step()
        return db.lastInsertRowID
    }

    /// Records the end of a run with its summary (JSON); a trained model given here replaces
    /// the stored one.
    ///
    /// - Parameter finishedAt: ISO 8601 time; nil means now (UTC).
    public func finishRun(id: Int64, summaryJSON: String, trainedModel: String? = nil,
                          finishedAt: String? = nil) throws(StoreError) {
        let finished: String
        if let finishedAt { finished = finishedAt } else { finished = try db.now() }
        let statement = try db.prepare("""
            UPDATE runs SET finished_at = ?2, summary = ?3, trained_model = coalesce(?4, trained_model) WHERE id = ?1
            """)
        try statement.bind(id, at: 1)
        try statement.bind(finished, at: 2)
        try statement.bind(summaryJSON, at: 3)
        try statement.bind(trainedModel, at: 4)
        try statement.step()
        guard db.changes == 1 else { throw unknownRun(id) }
    }

    /// The newest run (highest id), or nil when there is none.
    ///
    /// - Parameter finishedOnly: skip runs that never finished (interrupted or still going).
    public func latestRunID(finishedOnly: Bool = false) throws(StoreError) -> Int64? {
        try db.scalarInt(finishedOnly
            ? "SELECT max(id) FROM runs WHERE finished_at IS NOT NULL"
            : "SELECT max(id) FROM runs")
    }

    /// Every run id, oldest first.
    public func runIDs() throws(StoreError) -> [Int64] {
        let statement = try db.prepare("SELECT id FROM runs ORDER BY id")
        var ids: [Int64] = []
        while try statement.step() { ids.append(statement.int64(0)) }
        return ids
    }

    /// One run, or nil when the id is unknown.
    public func run(id: Int64) throws(StoreError) -> RunRow? {
        let statement = try db.prepare("""
            SELECT id, started_at, finished_at, rules_hash, rules_text, trained_model, summary, scoring_model
            FROM runs WHERE id = ?1
            """)
        try statement.bind(id, at: 1)
        guard try statement.step() else { return nil }
        return RunRow(id: statement.int64(0), startedAt: statement.text(1) ?? "", finishedAt: statement.text(2),
                      rulesHash: statement.text(3), rulesText: statement.text(4),
                      trainedModel: statement.text(5), summary: statement.text(6), scoringModel: statement.text(7))
    }

    /// Deletes a run with its clusters, members and pairs.
    public func deleteRun(id: Int64) throws(StoreError) {
        try db.transaction { () throws(StoreError) in
            // cluster_members reach runs only through clusters: delete them first, by index.
            let members = try db.prepare("DELETE FROM cluster_members WHERE run_id = ?1")
            try members.bind(id, at: 1)
            try members.step()
            let run = try db.prepare("DELETE FROM runs WHERE id = ?1")
            try run.bind(id, at: 1)
            try run.step()
        }
    }

    func unknownRun(_ id: Int64) -> StoreError {
        StoreError(code: .constraint, path: path, message: "there is no run \(id)",
                   hint: "List the runs of this database and use one of their ids.")
    }
}
