extension StoreSchema {
    /// Migration 11: what incremental runs build on.
    ///
    /// - `standing_state`: binary parts a full run keeps for the incremental runs after it (the
    ///   customer ids it read in order and a digest of each one's raw JSON, the candidate pairs
    ///   it compared, its pairs, the value counts of its model). Only the newest full run's are
    ///   kept: every incremental run builds on it.
    /// - `run_bases`: which run a run built on: `incremental` (it scored only what changed since
    ///   that run and carried the rest of its clusters over) or `kept_model` (a full run with
    ///   that run's model, `run --full --model-from`).
    static let incrementalMigration = """
        CREATE TABLE standing_state (
            run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            part    TEXT NOT NULL,
            data    BLOB NOT NULL,
            PRIMARY KEY (run_id, part)
        );
        CREATE TABLE run_bases (
            run_id       INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
            base_run_id  INTEGER NOT NULL,
            kind         TEXT NOT NULL CHECK (kind IN ('incremental', 'kept_model'))
        );
        """
}
