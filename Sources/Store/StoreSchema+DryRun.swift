extension StoreSchema {
    /// What kind each run is (``RunKind``): `live`, or `dry_run` for a trial of other rules that
    /// no "latest run" query may pick. Runs stored before this migration were all live.
    static let dryRunMigration = """
        ALTER TABLE runs ADD COLUMN kind TEXT NOT NULL DEFAULT 'live';
        CREATE INDEX runs_by_kind ON runs(kind, id);
        """
}
