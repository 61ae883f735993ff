extension StoreSchema {
    /// Migration 12: what outlives a run.
    ///
    /// - `clusters.cluster_key`: the cluster's stable key (the customer id of its oldest member,
    ///   see `ClusterKey` in Resolution), indexed so a key finds its cluster in any run.
    /// - `pins`: "never merge these two customers", from a rejected cluster, a member removed by
    ///   hand, or an operator. `customer_a < customer_b`. Lifting a pin keeps the row as history
    ///   (`lifted_at`, `lifted_by`); only one live pin per pair. Pins name customers, not runs, so
    ///   they hold in every later run; a pin of a customer that is gone is history and does nothing.
    /// - `decisions.member_versions`: each member's version when the reviewer decided (its CRM
    ///   `updated_at`, else when the store last wrote it), so a later run can tell that an approval
    ///   still covers the same records; `decisions.carried_from_run`: the run an approval was first
    ///   given on, when a later run carried it over.
    /// - `carried_decisions`: per cluster of a run, what became of an earlier approval: it holds
    ///   (also copied into `decisions`), the cluster grew (only the new links need review), or a
    ///   member changed or left (review again).
    static let pinsMigration = """
        ALTER TABLE clusters ADD COLUMN cluster_key TEXT;
        CREATE INDEX clusters_by_key ON clusters(cluster_key, run_id);

        CREATE TABLE pins (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_a  TEXT NOT NULL,
            customer_b  TEXT NOT NULL,
            reason      TEXT NOT NULL CHECK (reason IN ('rejected', 'removed', 'operator')),
            run_id      INTEGER,
            cluster_key TEXT,
            created_by  TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            note        TEXT,
            lifted_at   TEXT,
            lifted_by   TEXT,
            CHECK (customer_a < customer_b)
        );
        CREATE UNIQUE INDEX pins_live_pair ON pins(customer_a, customer_b) WHERE lifted_at IS NULL;
        CREATE INDEX pins_by_b ON pins(customer_b);

        ALTER TABLE decisions ADD COLUMN member_versions TEXT;
        ALTER TABLE decisions ADD COLUMN carried_from_run INTEGER;

        CREATE TABLE carried_decisions (
            run_id              INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            cluster_id          INTEGER NOT NULL,
            state               TEXT NOT NULL CHECK (state IN ('holds', 'grown', 'changed')),
            origin_run_id       INTEGER NOT NULL,
            victor_id           TEXT NOT NULL,
            victim_ids          TEXT NOT NULL,
            chosen_victor_id    TEXT,
            plan_body           TEXT,
            reviewer            TEXT NOT NULL,
            decided_at          TEXT NOT NULL,
            member_versions     TEXT NOT NULL,
            new_member_ids      TEXT NOT NULL,
            changed_member_ids  TEXT NOT NULL,
            PRIMARY KEY (run_id, cluster_id)
        );
        """
}
