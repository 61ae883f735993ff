/// The store's tables, as an ordered list of migrations.
///
/// `PRAGMA user_version` holds the number of migrations applied. Opening a database runs the
/// missing ones, each in its own transaction; a database with a higher version than this list
/// knows was written by a newer tcdedupe and is refused rather than misread.
///
/// Never edit a migration that has shipped: append a new one.
enum StoreSchema {
    static let migrations: [String] = [
        // 1: customers, runs and their results.
        """
        -- One row per customer, the record exactly as it came (the original JSON bytes).
        -- WITHOUT ROWID keeps rows in id order, so a full read in id order is a sequential scan.
        CREATE TABLE customers (
            id           TEXT PRIMARY KEY NOT NULL,
            franchise_id TEXT,
            updated_at   TEXT,
            raw          TEXT NOT NULL,
            imported_at  TEXT
        ) WITHOUT ROWID;

        -- One row per matching run; summary and trained_model are JSON text.
        CREATE TABLE runs (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at    TEXT NOT NULL,
            finished_at   TEXT,
            rules_hash    TEXT,
            rules_text    TEXT,
            trained_model TEXT,
            summary       TEXT
        );

        -- Suggested merges of a run; payload is the JSON of the suggested merge.
        CREATE TABLE clusters (
            run_id       INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            cluster_id   INTEGER NOT NULL,
            franchise_id TEXT,
            confidence   REAL NOT NULL,
            match_weight REAL NOT NULL,
            auto_merge   INTEGER NOT NULL,
            size         INTEGER NOT NULL,
            victor_id    TEXT NOT NULL,
            payload      TEXT NOT NULL,
            PRIMARY KEY (run_id, cluster_id)
        );
        CREATE INDEX clusters_by_confidence ON clusters(run_id, confidence);

        CREATE TABLE cluster_members (
            run_id      INTEGER NOT NULL,
            cluster_id  INTEGER NOT NULL,
            customer_id TEXT NOT NULL,
            role        TEXT NOT NULL,
            FOREIGN KEY (run_id, cluster_id) REFERENCES clusters(run_id, cluster_id) ON DELETE CASCADE
        );
        CREATE INDEX cluster_members_by_customer ON cluster_members(customer_id);
        CREATE INDEX cluster_members_by_cluster ON cluster_members(run_id, cluster_id);

        -- Scored pairs at or above the review threshold, for `evaluate`.
        CREATE TABLE pairs (
            run_id       INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            a            TEXT NOT NULL,
            b            TEXT NOT NULL,
            probability  REAL NOT NULL,
            match_weight REAL NOT NULL
        );
        CREATE INDEX pairs_by_run ON pairs(run_id);

        -- Planned for later migrations (not built yet):
        --   decisions(run_id, cluster_id, decision, victor_id, decided_by, decided_at, note)
        --     a reviewer's approve / reject / change-victor per cluster;
        --   merge_journal(id, run_id, cluster_id, victor_id, victim_ids, snapshot, request,
        --     response, state, started_at, finished_at) — full snapshots of destroyed victims and
        --     the state of each PUT, so `apply` resumes after a crash without merging twice;
        --   export_state(scroll_id, started_at, last_page_at, customers_seen) for resumable exports;
        --   normalized keys per customer for incremental runs.
        -- No table ever holds an API key.
        """,
        // 2: the merge journal and snapshots, and each run's scoring model (StoreSchema+Journal.swift).
        mergeJournalMigration,
        // 3: a reviewer's decision per cluster (StoreSchema+Decisions.swift).
        decisionsMigration,
        // 4: resumable exports (StoreSchema+Export.swift).
        exportStateMigration,
        // 5: which process runs a run, and when it was found interrupted (StoreSchema+RunProcess.swift).
        runProcessMigration,
        // 6: the apply lock and the `unverified` journal state (StoreSchema+ApplySafety.swift).
        applySafetyMigration,
        // 7: the Sync API cursor and the customers the CRM deleted (StoreSchema+Sync.swift).
        syncMigration,
        // 8: the audit sample of auto-merges (StoreSchema+Audit.swift).
        auditMigration,
        // 9: the review queue's indexes, leases and search keys (StoreSchema+ReviewQueue.swift).
        reviewQueueMigration,
        // 10: the standing index of the latest run, for `match` and incremental runs (StoreSchema+StandingIndex.swift).
        standingIndexMigration,
        // 11: standing state of the last full run, and what each run built on (StoreSchema+Incremental.swift).
        incrementalMigration,
        // 12: stable cluster keys, never-merge pins, approvals that last (StoreSchema+Pins.swift).
        pinsMigration,
        // 13: live and dry runs (StoreSchema+DryRun.swift).
        dryRunMigration,
        // 14: the customer change log incremental runs read (StoreSchema+ChangeLog.swift).
        changeLogMigration,
        // 15: clusters and pairs an incremental run carries by reference (StoreSchema+CarriedByReference.swift).
        carriedByReferenceMigration,
        // 16: what `match` adds to and drops from its full run's index since (StoreSchema+MatchOverlay.swift).
        matchOverlayMigration,
    ]

    /// The schema version this build writes.
    static var currentVersion: Int64 { Int64(migrations.count) }

    /// The oldest schema a read-only store reads: the one before the runs' process columns,
    /// whose absence the run queries make up for.
    static let oldestReadableVersion: Int64 = 4

    /// Checks, without changing anything, that a read-only store can read the database.
    static func checkReadable(_ db: SQLiteDatabase) throws(StoreError) {
        let version = try db.scalarInt("PRAGMA user_version") ?? 0
        if version > currentVersion { throw tooNew(db, version) }
        guard version >= oldestReadableVersion else {
            throw StoreError(
                code: .schemaTooOld, path: db.path,
                message: "the database has schema version \(version), older than a read-only command can read (\(oldestReadableVersion))",
                hint: "Run a command that writes to it once (tcdedupe run) to upgrade it, or use the tcdedupe that wrote it.")
        }
    }

    private static func tooNew(_ db: SQLiteDatabase, _ version: Int64) -> StoreError {
        StoreError(
            code: .schemaTooNew, path: db.path,
            message: "the database has schema version \(version); this tcdedupe knows versions up to \(currentVersion)",
            hint: "Use the newer tcdedupe that wrote this database, or give another database path.")
    }

    /// Brings the database up to ``currentVersion``.
    static func migrate(_ db: SQLiteDatabase) throws(StoreError) {
        let version = try db.scalarInt("PRAGMA user_version") ?? 0
        guard version <= currentVersion else { throw tooNew(db, version) }
        for index in Int(version)..<migrations.count {
            try db.transaction { () throws(StoreError) in
                try db.execute(migrations[index])
                try db.execute("PRAGMA user_version = \(index + 1)")
            }
        }
    }
}
