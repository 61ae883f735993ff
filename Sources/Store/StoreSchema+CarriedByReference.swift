extension StoreSchema {
    /// Migration 15: an incremental run refers to its base's unchanged clusters and pairs
    /// instead of copying them (a third of a million clusters and their members at 1.65M).
    ///
    /// - `run_carries`: run `run_id` holds, besides its own rows, the clusters (when
    ///   `clusters_carried`) and pairs (when `pairs_carried`) of `base_run_id` that the two
    ///   tables below do not leave out: clusters and pairs are carried by separate calls. The base is a full run that
    ///   keeps its own rows; `ON DELETE RESTRICT` keeps it while a run refers to it. Incremental
    ///   runs made before this migration copied their rows and have no entry here.
    /// - `run_dropped_clusters`: the base's clusters the run rebuilt (they held a changed or
    ///   gone record), which it does not hold.
    /// - `run_dropped_customers`: the base's pairs with either end among these customers are
    ///   not the run's (it stored its own for them).
    /// - Views `run_clusters`, `run_cluster_members`, `run_pairs`: what each run holds, its own
    ///   rows and those it carries, with `for_run` the run that holds them and `run_id` the run
    ///   that stored them. For ad-hoc SQL and scripts; the store's own readers build the same
    ///   two branches as a compound SELECT whose ORDER BY SQLite answers by merging two index
    ///   walks (an ORDER BY over a view sorts every row of the base first).
    static let carriedByReferenceMigration = """
        CREATE TABLE run_carries (
            run_id       INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
            base_run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE RESTRICT,
            clusters_carried INTEGER NOT NULL DEFAULT 0,
            pairs_carried    INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX run_carries_by_base ON run_carries(base_run_id);
        CREATE TABLE run_dropped_clusters (
            run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            cluster_id  INTEGER NOT NULL,
            PRIMARY KEY (run_id, cluster_id)
        ) WITHOUT ROWID;
        CREATE TABLE run_dropped_customers (
            run_id       INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            customer_id  TEXT NOT NULL,
            PRIMARY KEY (run_id, customer_id)
        ) WITHOUT ROWID;
        CREATE VIEW run_clusters AS
            SELECT c.run_id AS for_run, c.* FROM clusters c
            UNION ALL
            SELECT r.run_id AS for_run, c.* FROM run_carries r JOIN clusters c ON c.run_id = r.base_run_id AND r.clusters_carried = 1
            WHERE NOT EXISTS (SELECT 1 FROM run_dropped_clusters d WHERE d.run_id = r.run_id AND d.cluster_id = c.cluster_id);
        CREATE VIEW run_cluster_members AS
            SELECT m.run_id AS for_run, m.* FROM cluster_members m
            UNION ALL
            SELECT r.run_id AS for_run, m.* FROM run_carries r JOIN cluster_members m ON m.run_id = r.base_run_id AND r.clusters_carried = 1
            WHERE NOT EXISTS (SELECT 1 FROM run_dropped_clusters d WHERE d.run_id = r.run_id AND d.cluster_id = m.cluster_id);
        CREATE VIEW run_pairs AS
            SELECT p.run_id AS for_run, p.* FROM pairs p
            UNION ALL
            SELECT r.run_id AS for_run, p.* FROM run_carries r JOIN pairs p ON p.run_id = r.base_run_id AND r.pairs_carried = 1
            WHERE NOT EXISTS (SELECT 1 FROM run_dropped_customers d WHERE d.run_id = r.run_id AND d.customer_id IN (p.a, p.b));
        """
}
