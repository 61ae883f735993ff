extension StoreSchema {
    /// Migration 9: the review server pages, searches and hands out clusters from SQLite instead
    /// of holding a run in memory.
    ///
    /// - Indexes for each order the review queue offers (least confident, biggest, by franchise),
    ///   each within a run and a band (`auto_merge`), ending in `cluster_id` so that a page is an
    ///   index range after the cursor (keyset pagination), never an OFFSET.
    /// - `review_leases`: which reviewer's browser holds a cluster for now, so two browsers are
    ///   not handed the same one. A lease expires (`expires_at`, ISO 8601 UTC) and is dropped
    ///   when the cluster is decided.
    /// - `review_search_keys`: a run's search keys (normalized names in their own script and in
    ///   romaji, E.164 phones, normalized emails, customer ids), each with the cluster holding
    ///   that customer; filled once per run, the run marked in `review_search_runs`. Without
    ///   ROWID, so the keys of a run are stored in key order and a prefix search is one range.
    static let reviewQueueMigration = """
        CREATE INDEX clusters_queue_by_confidence ON clusters(run_id, auto_merge, confidence, cluster_id);
        CREATE INDEX clusters_queue_by_size ON clusters(run_id, auto_merge, size DESC, confidence, cluster_id);
        CREATE INDEX clusters_queue_by_franchise ON clusters(run_id, auto_merge, franchise_id, confidence, cluster_id);
        CREATE INDEX clusters_all_by_confidence ON clusters(run_id, confidence, cluster_id);
        CREATE TABLE review_leases (
            run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            cluster_id  INTEGER NOT NULL,
            holder      TEXT NOT NULL,
            reviewer    TEXT NOT NULL,
            expires_at  TEXT NOT NULL,
            PRIMARY KEY (run_id, cluster_id)
        );
        CREATE INDEX review_leases_by_holder ON review_leases(run_id, holder);
        CREATE TABLE review_search_keys (
            run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            key         TEXT NOT NULL,
            cluster_id  INTEGER NOT NULL,
            PRIMARY KEY (run_id, key, cluster_id)
        ) WITHOUT ROWID;
        CREATE TABLE review_search_runs (
            run_id      INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
            built_at    TEXT NOT NULL,
            keys        INTEGER NOT NULL
        );
        """
}
