extension StoreSchema {
    /// The merge journal: what `apply` planned, snapshotted, sent and verified, cluster by
    /// cluster, and the full JSON of every customer it was about to change or destroy.
    ///
    /// No foreign keys to `runs`: a journal and its snapshots must outlive any run deleted later,
    /// since they are the only way back from a wrong merge. Also the scoring model of every run
    /// (`runs.scoring_model`), which `apply` needs to re-check a cluster whose members changed.
    static let mergeJournalMigration = """
        ALTER TABLE runs ADD COLUMN scoring_model TEXT;
        CREATE TABLE merge_journal (
            run_id       INTEGER NOT NULL,
            cluster_id   INTEGER NOT NULL,
            victor_id    TEXT NOT NULL,
            victim_ids   TEXT NOT NULL,
            state        TEXT NOT NULL
                         CHECK (state IN ('planned', 'snapshotted', 'sent', 'verified', 'skipped', 'failed')),
            mode         TEXT NOT NULL,
            api_url      TEXT,
            request_body TEXT,
            reason       TEXT,
            attempts     INTEGER NOT NULL DEFAULT 0,
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL,
            PRIMARY KEY (run_id, cluster_id)
        );
        CREATE TABLE merge_journal_events (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id     INTEGER NOT NULL,
            cluster_id INTEGER NOT NULL,
            state      TEXT NOT NULL,
            detail     TEXT,
            at         TEXT NOT NULL
        );
        CREATE INDEX merge_journal_events_by_cluster ON merge_journal_events(run_id, cluster_id);
        CREATE TABLE merge_snapshots (
            run_id      INTEGER NOT NULL,
            cluster_id  INTEGER NOT NULL,
            customer_id TEXT NOT NULL,
            role        TEXT NOT NULL CHECK (role IN ('victor', 'victim')),
            json        TEXT NOT NULL,
            taken_at    TEXT NOT NULL,
            PRIMARY KEY (run_id, cluster_id, customer_id)
        );
        CREATE INDEX merge_snapshots_by_customer ON merge_snapshots(customer_id);
        """
}
