import Testing
import TestSupport
@testable import Store

/// Migration 6 copies the merge journal into a table whose state check allows `unverified`:
/// the journal an older tcdedupe wrote must come through it whole.
@Suite("Upgrading the journal to the unverified state")
struct ApplySafetyMigrationTests {
    @Test("a version-5 journal keeps its rows, and a cluster can then be journalled unverified")
    func journalSurvivesTheUpgrade() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("old.db")
        do {
            let db = try SQLiteDatabase(path: path)
            for migration in StoreSchema.migrations.prefix(5) { try db.execute(migration) }
            try db.execute("PRAGMA user_version = 5")
            try db.execute("""
                INSERT INTO merge_journal (run_id, cluster_id, victor_id, victim_ids, state, mode, request_body, reason, attempts,
                                           created_at, updated_at)
                VALUES (1, 7, 'v1', '["x1"]', 'failed', 'auto', '{"merge_customer_ids":["x1"]}', 'still answering: x1', 1,
                        '2026-01-01T00:00:00Z', '2026-01-01T00:00:01Z')
                """)
        }
        let store = try CustomerStore(path: path)
        #expect(try store.schemaVersion() == CustomerStore.currentSchemaVersion)
        let entry = try #require(try store.journalEntry(runID: 1, clusterID: 7))
        #expect(entry.state == .failed && entry.victimIDs == ["x1"] && entry.attempts == 1)
        #expect(entry.requestBody == #"{"merge_customer_ids":["x1"]}"#)
        try store.markMerge(runID: 1, clusterID: 7, .unverified, reason: "still answering")
        #expect(try store.journalEntry(runID: 1, clusterID: 7)?.state == .unverified)
        #expect(try store.applyLockHolder() == nil)
    }
}
