import Foundation
import Testing
@testable import Store
import TestSupport

@Suite("Opening a store")
struct CustomerStoreOpeningTests {
    @Test("a new file gets the current schema and keeps its data when reopened")
    func createAndReopen() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let path = folder.file("tc.db")
        do {
            let store = try CustomerStore(path: path)
            #expect(try store.schemaVersion() == CustomerStore.currentSchemaVersion)
            try store.upsertCustomers([CustomerRow(id: "a", raw: #"{"id":"a"}"#)])
        }
        let reopened = try CustomerStore(path: path)
        #expect(try reopened.schemaVersion() == CustomerStore.currentSchemaVersion)
        #expect(try reopened.customerCount() == 1)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("the database is in WAL mode with foreign keys on")
    func settings() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let mode = try store.db.prepare("PRAGMA journal_mode")
        #expect(try mode.step())
        #expect(mode.text(0) == "wal")
        #expect(try store.db.scalarInt("PRAGMA foreign_keys") == 1)
    }

    @Test("a path in a missing folder gives cannotOpen with the path and what to do")
    func missingFolder() {
        let path = "/nonexistent-tcdedupe-folder/sub/tc.db"
        #expect {
            _ = try CustomerStore(path: path)
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.code == .cannotOpen && error.path == path
                && error.description.contains(path) && error.hint.contains("folder exists")
        }
    }

    @Test("a folder given as the database path gives cannotOpen")
    func folderAsPath() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        #expect(throws: StoreError.self) { _ = try CustomerStore(path: folder.path) }
        do {
            _ = try CustomerStore(path: folder.path)
        } catch {
            #expect(error.code == .cannotOpen)
        }
    }

    @Test("a file that is not a database gives notADatabase")
    func notADatabase() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let path = folder.file("notes.txt")
        try Data(String(repeating: "this is not a database\n", count: 400).utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try CustomerStore(path: path)
            Issue.record("opening a text file should fail")
        } catch {
            #expect(error.code == .notADatabase)
            #expect(error.path == path)
            #expect(error.sqliteCode == 26)
        }
    }

    @Test("a database from a newer tcdedupe is refused, not misread")
    func schemaTooNew() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let path = folder.file("tc.db")
        do {
            let store = try CustomerStore(path: path)
            try store.db.execute("PRAGMA user_version = 99")
        }
        do {
            _ = try CustomerStore(path: path)
            Issue.record("a newer schema should be refused")
        } catch {
            #expect(error.code == .schemaTooNew)
            #expect(error.message.contains("99"))
        }
    }

    @Test("an error names the SQL that failed")
    func sqlInError() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        do {
            try store.db.execute("SELECT * FROM no_such_table")
            Issue.record("the statement should fail")
        } catch {
            #expect(error.sql == "SELECT * FROM no_such_table")
            #expect(error.message.contains("no such table"))
            #expect(error.description.contains("while running: SELECT * FROM no_such_table"))
        }
    }
}

/// The database holds every customer's record and the merge snapshots: only its owner may
/// read it (the folder's owner decides who else can reach it).
@Suite("The database file's permissions")
struct DatabaseFileModeTests {
    private func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test("a new database and its -wal and -shm files are created 0600")
    func ownerOnly() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("tc.db")
        let store = try CustomerStore(path: path)
        try store.upsertCustomers([CustomerRow(id: "a", raw: #"{"id":"a"}"#)])
        #expect(store.createdFile)
        #expect(try mode(path) == 0o600)
        #expect(try mode(path + "-wal") == 0o600)
        #expect(try mode(path + "-shm") == 0o600)
    }

    @Test("an existing database keeps the mode its owner gave it, and is not reported as created")
    func existingModeKept() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("tc.db")
        _ = try CustomerStore(path: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let reopened = try CustomerStore(path: path)
        #expect(!reopened.createdFile)
        #expect(try mode(path) == 0o640)
    }
}

@Suite("SQLite's special names")
struct SpecialDatabaseNameTests {
    @Test("an in-memory store creates no file named :memory:")
    func inMemory() throws {
        let store = try CustomerStore(path: ":memory:")
        try store.upsertCustomers([CustomerRow(id: "a", raw: #"{"id":"a"}"#)])
        #expect(try store.customerCount() == 1)
        #expect(!store.createdFile)
        #expect(!FileManager.default.fileExists(atPath: ":memory:"))
    }
}
