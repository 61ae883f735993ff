extension StoreSchema {
    /// Migration 10: the standing index, what a later process needs of a finished run to find
    /// and score a record's duplicates without loading the whole base (module `StandingIndex`).
    ///
    /// - `standing_index`: one row per indexed run: the format of the blobs, the record count,
    ///   what normalization learned from the base (JSON) and the value statistics (packed).
    /// - `standing_index_rules`: per blocking rule (by its index in the run's rules) the entry
    ///   count and the directory of its chunks: the first key of each, packed.
    /// - `standing_index_chunks`: the rule's (key, record) entries sorted by key, in chunks.
    /// - `standing_index_customers`: the customer id of each record index, in chunks.
    ///
    /// The blobs are opaque to the store; `StandingIndex` writes and reads them. Only the
    /// latest run keeps an index (each is about 12 bytes per blocking key of every customer).
    /// The header row is written last, in its own transaction, once every other row is in:
    /// readers look for it, so an index cut short by a crash is never read, and the next
    /// index's first step deletes every row of these tables.
    static let standingIndexMigration = """
        CREATE TABLE standing_index (
            run_id      INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
            format      INTEGER NOT NULL,
            records     INTEGER NOT NULL,
            created_at  TEXT NOT NULL,
            learned     TEXT NOT NULL,
            statistics  BLOB NOT NULL
        );
        CREATE TABLE standing_index_rules (
            run_id             INTEGER NOT NULL,
            rule               INTEGER NOT NULL,
            name               TEXT NOT NULL,
            maximum_block_size INTEGER NOT NULL,
            entries            INTEGER NOT NULL,
            directory          BLOB NOT NULL,
            PRIMARY KEY (run_id, rule)
        );
        CREATE TABLE standing_index_chunks (
            run_id  INTEGER NOT NULL,
            rule    INTEGER NOT NULL,
            chunk   INTEGER NOT NULL,
            entries BLOB NOT NULL,
            PRIMARY KEY (run_id, rule, chunk)
        );
        CREATE TABLE standing_index_customers (
            run_id  INTEGER NOT NULL,
            chunk   INTEGER NOT NULL,
            ids     BLOB NOT NULL,
            PRIMARY KEY (run_id, chunk)
        );
        """
}
