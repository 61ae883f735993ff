import Foundation
import Testing
import Import
import Store

@Suite("Customer ids in an import file")
struct ImportIDTests {
    @Test("an id that is a number is refused with its line: 12345 and \"12345\" do not become one customer, 1e400 is no id")
    func numericIDsRefused() throws {
        let f = try ImportFixture()
        try f.write("ids.jsonl", """
            {"id":12345,"first_name":"Number"}
            {"id":"12345","first_name":"String"}
            {"id":1e400}

            """)
        let summary = try f.importFile("ids.jsonl")
        #expect(try f.ids() == ["12345"])
        #expect(try f.raw("12345")?.contains("String") == true)
        #expect(summary.imported == 1)
        #expect(summary.rejects.map(\.line) == [1, 3])
        #expect(summary.rejects.allSatisfy { $0.reason.contains("not a string") })
        #expect(summary.rejects.first?.reason.contains("12345") == true)
        #expect(summary.rejects.last?.reason.contains("1e400") == true)
    }

    @Test("ids repeated in one file are counted: the last of each is kept")
    func duplicateIDsCounted() throws {
        let f = try ImportFixture()
        try f.write("dups.jsonl", """
            {"id":"a","n":1}
            {"id":"b","n":2}
            {"id":"a","n":3}
            {"id":"a","n":4}

            """)
        let summary = try f.importFile("dups.jsonl")
        #expect(summary.duplicateIDs == 2)
        #expect(summary.inserted == 2)
        #expect(try f.raw("a") == #"{"id":"a","n":4}"#)
    }
}

@Suite("A failed import and the database")
struct FailedImportDatabaseTests {
    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tcdedupe-failed-import-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("a database created by an import that fails before storing anything is removed")
    func createdDatabaseRemoved() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("name,phone\nTaro,090\n".utf8).write(to: URL(fileURLWithPath: "\(dir)/customers.csv"))
        #expect(throws: ImportError.self) {
            _ = try CustomerFileImporter.importFile(at: "\(dir)/customers.csv", intoDatabaseAt: "\(dir)/tc.db")
        }
        #expect(throws: ImportError.self) {
            _ = try CustomerFileImporter.importFile(at: "\(dir)/missing.jsonl", intoDatabaseAt: "\(dir)/tc.db")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(left == ["customers.csv"])
    }

    @Test("a database that was there before a failed import is kept, even an empty one")
    func existingDatabaseKept() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try CustomerStore(path: "\(dir)/empty.db")
        let full = try CustomerStore(path: "\(dir)/full.db")
        try full.upsertCustomers([CustomerRow(id: "a", raw: #"{"id":"a"}"#)])
        for db in ["empty.db", "full.db"] {
            #expect(throws: ImportError.self) {
                _ = try CustomerFileImporter.importFile(at: "\(dir)/missing.jsonl", intoDatabaseAt: "\(dir)/\(db)")
            }
            #expect(FileManager.default.fileExists(atPath: "\(dir)/\(db)"))
        }
        #expect(try full.customerCount() == 1)
    }

    @Test("a successful import into a new database reports what the store holds")
    func successfulImport() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(#"{"id":"a"}"#.utf8).write(to: URL(fileURLWithPath: "\(dir)/in.jsonl"))
        let done = try CustomerFileImporter.importFile(at: "\(dir)/in.jsonl", intoDatabaseAt: "\(dir)/tc.db")
        #expect(done.customersInStore == 1)
        #expect(FileManager.default.fileExists(atPath: "\(dir)/tc.db"))
    }
}
