extension StoreSchema {
    /// Which process a run belongs to, and when it was found interrupted (see
    /// `CustomerStore+Runs.swift`): a run whose process is gone will never finish, so the next
    /// run marks it interrupted and deletes its partial results.
    ///
    /// `process_token` tells a live process from a later one that reuses the pid: host name,
    /// boot id and the process's start time (see ``ProcessIdentity``).
    static let runProcessMigration = """
        ALTER TABLE runs ADD COLUMN process_id INTEGER;
        ALTER TABLE runs ADD COLUMN process_token TEXT;
        ALTER TABLE runs ADD COLUMN interrupted_at TEXT;
        """
}
