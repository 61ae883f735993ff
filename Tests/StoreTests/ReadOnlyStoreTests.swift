import Foundation
import Testing
import TestSupport
@testable import Store

/// `status`, `report`, `journal`, `restore` and `evaluate` open the store read-only: they must
/// change nothing, so that they work where the database may not be written.
@Suite("Opening a store read-only")
struct ReadOnlyStoreTests {
    /// A database with one customer, left in rollback-journal mode (not WAL).
    private func rollbackJournalDatabase(_ folder: TemporaryFolder) throws -> String {
        let path = folder.file("tc.db")
        let store = try CustomerStore(path: path)
        try store.upsertCustomers([CustomerRow(id: "a", raw: #"{"id":"a"}"#)])
        #expect(try store.db.journalMode(set: "DELETE") == "delete")
        return path
    }

    /// Byte 18 of a SQLite file: 1 for a rollback journal, 2 for WAL.
    private func fileFormatByte(_ path: String) throws -> UInt8 {
        try Data(contentsOf: URL(fileURLWithPath: path))[18]
    }

    @Test("reading does not switch the database to WAL, nor create files beside it")
    func changesNothing() throws {
        let folder = try TemporaryFolder()
        let path = try rollbackJournalDatabase(folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            let store = try CustomerStore(path: path, mode: .readOnly)
            #expect(try store.customerCount() == 1)
            #expect(try store.schemaVersion() == CustomerStore.currentSchemaVersion)
        }
        #expect(try fileFormatByte(path) == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("a write through a read-only store fails with readOnly")
    func writesRefused() throws {
        let folder = try TemporaryFolder()
        let path = try rollbackJournalDatabase(folder)
        let store = try CustomerStore(path: path, mode: .readOnly)
        #expect {
            try store.upsertCustomers([CustomerRow(id: "b", raw: #"{"id":"b"}"#)])
        } throws: { error in
            (error as? StoreError)?.code == .readOnly
        }
    }

    @Test("a missing file is not created: cannotOpen")
    func missingFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("none.db")
        do {
            _ = try CustomerStore(path: path, mode: .readOnly)
            Issue.record("opened a missing file")
        } catch {
            #expect(error.code == .cannotOpen)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a schema older than a read-only store can read is refused with a hint, not migrated")
    func oldSchema() throws {
        let folder = try TemporaryFolder()
        let path = try rollbackJournalDatabase(folder)
        do {
            let store = try CustomerStore(path: path)
            try store.db.execute("PRAGMA user_version = 3")
        }
        do {
            _ = try CustomerStore(path: path, mode: .readOnly)
            Issue.record("opened an old schema read-only")
        } catch {
            #expect(error.code == .schemaTooOld)
            #expect(error.hint.contains("tcdedupe run"))
        }
        let header = try Data(contentsOf: URL(fileURLWithPath: path))
        // user_version is the big-endian integer at byte 60: still 3, nothing migrated.
        #expect(header[60..<64].reduce(0) { $0 << 8 | Int($1) } == 3)
    }
}
