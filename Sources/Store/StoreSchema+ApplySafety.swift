extension StoreSchema {
    /// Migration 6: what keeps `apply` safe when the CRM is slow or two of them start.
    ///
    /// - `apply_lock`: the one row that says which `apply` writes to this database's merge
    ///   journal (see `CustomerStore+ApplyLock.swift`). Empty when no apply runs; a row left by
    ///   a killed apply is taken over once its process is certainly gone.
    /// - `merge_journal.state` may be `unverified`: accepted by the CRM, not complete when the
    ///   check stopped waiting (the CRM completes merges asynchronously). SQLite cannot change
    ///   a CHECK constraint in place, so the table is copied into one with the wider check.
    static let applySafetyMigration = """
        CREATE TABLE apply_lock (
            id            INTEGER PRIMARY KEY CHECK (id = 1),
            process_id    INTEGER NOT NULL,
            process_token TEXT NOT NULL,
            acquired_at   TEXT NOT NULL
        );
        CREATE TABLE merge_journal_v6 (
            run_id       INTEGER NOT NULL,
            cluster_id   INTEGER NOT NULL,
            victor_id    TEXT NOT NULL,
            victim_ids   TEXT NOT NULL,
            state        TEXT NOT NULL
                         CHECK (state IN ('planned', 'snapshotted', 'sent', 'verified', 'skipped', 'failed', 'unverified')),
            mode         TEXT NOT NULL,
            api_url      TEXT,
            request_body TEXT,
            reason       TEXT,
            attempts     INTEGER NOT NULL DEFAULT 0,
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL,
            PRIMARY KEY (run_id, cluster_id)
        );
        INSERT INTO merge_journal_v6 SELECT run_id, cluster_id, victor_id, victim_ids, state, mode, api_url, request_body,
            reason, attempts, created_at, updated_at FROM merge_journal;
        DROP TABLE merge_journal;
        ALTER TABLE merge_journal_v6 RENAME TO merge_journal;
        """
}
