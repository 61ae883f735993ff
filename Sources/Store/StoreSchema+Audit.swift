extension StoreSchema {
    /// The audit sample of a run's auto-merge clusters (see `CustomerStore+Audit.swift`).
    ///
    /// One row per sampled cluster. `position` is the cluster's place in the seeded random order
    /// of the run's auto-merge clusters, so the first N positions are a uniform sample of N and a
    /// larger sample drawn with the same seed extends a smaller one. The verdicts are not kept
    /// here: an audit verdict is an ordinary decision (`decisions`), so `apply` and the review
    /// page read it like any other.
    static let auditMigration = """
        CREATE TABLE audit_samples (
            run_id     INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            cluster_id INTEGER NOT NULL,
            position   INTEGER NOT NULL,
            seed       INTEGER NOT NULL,
            drawn_at   TEXT NOT NULL,
            PRIMARY KEY (run_id, cluster_id),
            UNIQUE (run_id, position)
        );
        """
}
