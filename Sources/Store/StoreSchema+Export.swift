extension StoreSchema {
    /// Migration 4: the state of an export from the CRM API, so `export --resume` continues
    /// where an interrupted export stopped. One row (id 1): the current or last export.
    /// It holds the API URL and the search, never the API key.
    static let exportStateMigration = """
        CREATE TABLE export_state (
            id              INTEGER PRIMARY KEY CHECK (id = 1),
            api_url         TEXT NOT NULL,
            search          TEXT NOT NULL,
            scroll_id       TEXT,
            total_results   INTEGER,
            pages           INTEGER NOT NULL DEFAULT 0,
            received        INTEGER NOT NULL DEFAULT 0,
            scroll_received INTEGER NOT NULL DEFAULT 0,
            scrolls_started INTEGER NOT NULL DEFAULT 0,
            started_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL,
            finished_at     TEXT
        );
        """
}
