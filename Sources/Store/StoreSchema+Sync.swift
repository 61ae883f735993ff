extension StoreSchema {
    /// Migration 7: keeping the store in step with the CRM through the Sync API.
    ///
    /// - `sync_state`: one row (id 1), the Sync API cursor as of the last export or sync: the
    ///   query text that asks for the events after the last one stored (`since_id=123`; NULL:
    ///   from the feed's beginning), which API it belongs to, and what recorded it.
    /// - `deleted_customers`: customers the CRM deleted (or merged away), moved out of
    ///   `customers` with their last raw JSON, never dropped: history a restore or an audit can
    ///   read. `raw` is NULL for a customer deleted before it was ever stored.
    static let syncMigration = """
        CREATE TABLE sync_state (
            id             INTEGER PRIMARY KEY CHECK (id = 1),
            api_url        TEXT NOT NULL,
            cursor         TEXT,
            recorded_by    TEXT NOT NULL CHECK (recorded_by IN ('export', 'sync')),
            recorded_at    TEXT NOT NULL,
            events_applied INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE deleted_customers (
            id           TEXT PRIMARY KEY NOT NULL,
            franchise_id TEXT,
            updated_at   TEXT,
            raw          TEXT,
            deleted_at   TEXT NOT NULL,
            reason       TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX deleted_customers_by_time ON deleted_customers(deleted_at);
        """
}
