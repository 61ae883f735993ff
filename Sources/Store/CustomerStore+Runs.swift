/// The runs table: one row per matching run.
extension CustomerStore {
    /// The time now (UTC, ISO 8601 with milliseconds), in the form `createRun` and `finishRun`
    /// store: a run that loads and matches before it creates its row passes its real start.
    public func currentTime() throws(StoreError) -> String {
        try db.now()
    }

    /// Records the start of a run and returns its id (ids are never reused, even after a delete).
    ///
    /// First, in the same transaction, every earlier run that never finished and whose process
    /// is gone is marked interrupted and its partial results deleted (see
    /// ``markAbandonedRunsInterrupted()``), so a killed run does not stay "unfinished" forever.
    ///
    /// - Parameter startedAt: ISO 8601 time; nil means now (UTC).
    /// - Parameter scoringModel: the model the run scores with (m, u, prior) as JSON, so that
    ///   `apply` can re-check a cluster whose members changed with the same weights.
    public func createRun(rulesHash: String?, rulesText: String?, trainedModel: String? = nil,
                          scoringModel: String? = nil, startedAt: String? = nil) throws(StoreError) -> Int64 {
        let started: String
        if let startedAt { started = startedAt } else { started = try db.now() }
        let process = ProcessIdentity.current
        return try db.transaction { () throws(StoreError) -> Int64 in
            try markAbandonedRunsInterrupted()
            let statement = try db.prepare("""
                INSERT INTO runs (started_at, rules_hash, rules_text, trained_model, scoring_model, process_id, process_token)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                """)
            try statement.bind(started, at: 1)
            try statement.bind(rulesHash, at: 2)
            try statement.bind(rulesText, at: 3)
            try statement.bind(trainedModel, at: 4)
            try statement.bind(scoringModel, at: 5)
            try statement.bind(process.pid, at: 6)
            try statement.bind(process.token, at: 7)
            try statement.step()
            return db.lastInsertRowID
        }
    }

    /// Marks interrupted every unfinished run whose process is gone, deleting its clusters,
    /// members, pairs and decisions (a partial result that would only mislead); the run row
    /// itself stays, so `status` can say what happened. Returns the ids marked.
    ///
    /// The rule is the safe one: a run whose process is alive, or on another host, is left
    /// alone, so two runs at once on one database never harm each other. A run stored by a
    /// tcdedupe from before the process was recorded has no process to check; it counts as gone
    /// (that tcdedupe had no way to finish it after an upgrade either).
    @discardableResult
    func markAbandonedRunsInterrupted() throws(StoreError) -> [Int64] {
        let candidates = try db.prepare(
            "SELECT id, process_id, process_token FROM runs WHERE finished_at IS NULL AND interrupted_at IS NULL")
        var abandoned: [Int64] = []
        while try candidates.step() {
            let gone = candidates.isNull(1)
                || ProcessIdentity.isGone(pid: candidates.int64(1), token: candidates.text(2) ?? "")
            if gone { abandoned.append(candidates.int64(0)) }
        }
        candidates.reset()
        guard !abandoned.isEmpty else { return [] }
        let now = try db.now()
        // What an interrupted incremental run carried from its base goes too (not the base's rows).
        let carried = try hasCarriedByReference()
            ? ["DELETE FROM run_dropped_clusters WHERE run_id = ?1", "DELETE FROM run_dropped_customers WHERE run_id = ?1",
               "DELETE FROM run_carries WHERE run_id = ?1"] : []
        for id in abandoned {
            for sql in ["DELETE FROM cluster_members WHERE run_id = ?1", "DELETE FROM decisions WHERE run_id = ?1",
                        "DELETE FROM clusters WHERE run_id = ?1", "DELETE FROM pairs WHERE run_id = ?1"] + carried {
                let statement = try db.prepare(sql)
                try statement.bind(id, at: 1)
                try statement.step()
            }
            let mark = try db.prepare("UPDATE runs SET interrupted_at = ?2 WHERE id = ?1")
            try mark.bind(id, at: 1)
            try mark.bind(now, at: 2)
            try mark.step()
        }
        return abandoned
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

    /// The newest live run (highest id), or nil when there is none. Dry runs (``RunKind``) are
    /// never "the latest run": review, apply, reports and status read what went live.
    ///
    /// - Parameter finishedOnly: skip runs that never finished (interrupted or still going).
    /// - Parameter includingDryRuns: consider dry runs too.
    public func latestRunID(finishedOnly: Bool = false, includingDryRuns: Bool = false) throws(StoreError) -> Int64? {
        let kind = includingDryRuns ? "1" : try liveRunsOnly()
        return try db.scalarInt(finishedOnly
            ? "SELECT max(id) FROM runs WHERE finished_at IS NOT NULL AND \(kind)"
            : "SELECT max(id) FROM runs WHERE \(kind)")
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
        // A read-only store may hold the schema before the process columns: read them as NULL.
        let processColumns = openedSchemaVersion >= 5 ? "process_id, process_token, interrupted_at" : "NULL, NULL, NULL"
        let statement = try db.prepare("""
            SELECT id, started_at, finished_at, rules_hash, rules_text, trained_model, summary, scoring_model, \(processColumns)
            FROM runs WHERE id = ?1
            """)
        try statement.bind(id, at: 1)
        guard try statement.step() else { return nil }
        var row = RunRow(id: statement.int64(0), startedAt: statement.text(1) ?? "", finishedAt: statement.text(2),
                         rulesHash: statement.text(3), rulesText: statement.text(4),
                         trainedModel: statement.text(5), summary: statement.text(6), scoringModel: statement.text(7))
        row.processID = statement.isNull(8) ? nil : statement.int64(8)
        row.processToken = statement.text(9)
        row.interruptedAt = statement.text(10)
        row.kind = try runKind(id: id)
        return row
    }

    /// Deletes a run with its clusters, members and pairs.
    ///
    /// - Throws: ``StoreError`` `.constraint` when a later run carries clusters or pairs of this
    ///   one by reference (an incremental run built on it): its base stays while it is kept.
    public func deleteRun(id: Int64) throws(StoreError) {
        if let carrier = try runsCarrying(from: id).first {
            throw StoreError(code: .constraint, path: path,
                             message: "run \(id) cannot be deleted: run \(carrier) holds clusters and pairs of it by reference",
                             hint: "Delete run \(carrier) first, or keep run \(id).")
        }
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
