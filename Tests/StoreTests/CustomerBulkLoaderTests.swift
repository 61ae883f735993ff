import Foundation
import Testing
@testable import Store
import TestSupport

@Suite("Bulk loading customers")
struct CustomerBulkLoaderTests {
    @Test("records added in any order end up stored, in id order, the last of each id winning")
    func loadsInAnyOrder() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let loader = try store.bulkLoader()
        loader.commitEvery = 3   // several transactions
        let ids = ["m", "b", "zz", "a", "b", "q", "ab", "a"]
        for (n, id) in ids.enumerated() {
            try loader.add(CustomerRow(id: id, franchiseID: n % 2 == 0 ? "f" : nil, updatedAt: "t\(n)", raw: #"{"id":"\#(id)","n":\#(n)}"#))
        }
        #expect(loader.stagedCount == 8)
        #expect(try loader.finish() == UpsertCounts(inserted: 6, updated: 2, duplicates: 2))
        #expect(loader.stagedCount == 0)
        let stored = try store.loadCustomersRaw()
        #expect(stored.map(\.id) == ["a", "ab", "b", "m", "q", "zz"])
        #expect(try store.customer(id: "a") == CustomerRow(id: "a", franchiseID: nil, updatedAt: "t7", raw: #"{"id":"a","n":7}"#))
        #expect(try store.customer(id: "b") == CustomerRow(id: "b", franchiseID: "f", updatedAt: "t4", raw: #"{"id":"b","n":4}"#))
    }

    @Test("a load over stored customers replaces them and counts them as updates")
    func updatesStoredCustomers() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        try store.upsertCustomers([CustomerRow(id: "a", raw: "old"), CustomerRow(id: "c", raw: "old")])
        let loader = try store.bulkLoader()
        try loader.add([CustomerRow(id: "c", raw: "new"), CustomerRow(id: "b", raw: "new")])
        #expect(try loader.finish() == UpsertCounts(inserted: 1, updated: 1))
        #expect(try store.loadCustomersRaw().map(\.raw) == ["old", "new", "new"])
    }

    @Test("raw bytes are stored exactly, whatever their size")
    func exactBytes() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let loader = try store.bulkLoader()
        let big = #"{"id":"big","note":""# + String(repeating: "長い", count: 50_000) + #""}"#
        let small = #"{"id":"s","name":"José"}"#
        for (id, raw) in [("big", big), ("s", small), ("empty", "")] {
            var bytes = Array(raw.utf8)
            try bytes.withUnsafeMutableBytes { buffer in
                try loader.add(id: id, franchiseID: "", updatedAt: nil, raw: UnsafeRawBufferPointer(buffer))
                buffer.initializeMemory(as: UInt8.self, repeating: 0)   // the loader must have copied
            }
            bytes.removeAll()
        }
        #expect(try loader.finish() == UpsertCounts(inserted: 3, updated: 0))
        #expect(try store.customer(id: "big")?.raw == big)
        #expect(try store.customer(id: "s") == CustomerRow(id: "s", franchiseID: "", updatedAt: nil, raw: small))
        #expect(try store.customer(id: "empty")?.raw == "")
    }

    @Test("ids sort by their bytes, as SQLite compares them, also past the first eight bytes")
    func byteOrder() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let loader = try store.bulkLoader()
        let ids = ["00000000000000000000000b", "00000000000000000000000a", "0000000000000000000000", "é", "e", "Z", "ab", "a", "a\u{0}"]
        try loader.add(ids.map { CustomerRow(id: $0, raw: "{}") })
        #expect(try loader.finish().inserted == ids.count)
        let stored = try store.loadCustomersRaw().map(\.id)
        #expect(stored == ids.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        #expect(stored.first == "0000000000000000000000")
    }

    @Test("many records in random order")
    func manyRecords() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let loader = try store.bulkLoader()
        let n = 20_000
        for k in 0..<n {
            let id = String(format: "%024x", (k * 7_919) % n)
            try loader.add(CustomerRow(id: id, raw: #"{"id":"\#(id)"}"#))
        }
        #expect(try loader.finish() == UpsertCounts(inserted: n, updated: 0))
        var count = 0
        var previous = ""
        var ordered = true
        try store.forEachCustomerRaw { id, raw in
            if id <= previous || String(decoding: raw, as: UTF8.self) != #"{"id":"\#(id)"}"# { ordered = false }
            previous = id
            count += 1
        }
        #expect(count == n)
        #expect(ordered)
    }

    @Test("finishing an empty load changes nothing; a loader can be used again")
    func emptyAndAgain() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let loader = try store.bulkLoader()
        #expect(try loader.finish() == UpsertCounts())
        try loader.add(CustomerRow(id: "a", raw: "1"))
        #expect(try loader.finish() == UpsertCounts(inserted: 1, updated: 0))
        try loader.add(CustomerRow(id: "a", raw: "2"))
        try loader.add(CustomerRow(id: "b", raw: "2"))
        #expect(try loader.finish() == UpsertCounts(inserted: 1, updated: 1))
        #expect(try store.loadCustomersRaw().map(\.raw) == ["2", "2"])
    }

    @Test("the scratch file leaves nothing behind in the database's folder")
    func noLeftovers() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let loader = try store.bulkLoader()
        try loader.add(CustomerRow(id: "a", raw: "{}"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.allSatisfy { $0.hasPrefix("tc.db") })
        _ = try loader.finish()
    }

    @Test("a load leaves the database in WAL mode, also while another connection has it open")
    func staysInWAL() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        for other in [nil, try CustomerStore(path: folder.file("tc.db"))] {
            let loader = try store.bulkLoader()
            try loader.add(CustomerRow(id: "a\(other == nil ? 1 : 2)", raw: "{}"))
            #expect(try loader.finish().inserted == 1)
            let mode = try store.db.prepare("PRAGMA journal_mode")
            #expect(try mode.step())
            #expect(mode.text(0) == "wal")
            #expect(try other?.customerCount() ?? 1 >= 1)
        }
    }

    @Test("an in-memory database loads too (its scratch file goes to the temporary folder)")
    func inMemory() throws {
        let store = try CustomerStore(path: ":memory:")
        let loader = try store.bulkLoader()
        try loader.add([CustomerRow(id: "b", raw: "2"), CustomerRow(id: "a", raw: "1")])
        #expect(try loader.finish() == UpsertCounts(inserted: 2, updated: 0))
        #expect(try store.loadCustomersRaw().map(\.raw) == ["1", "2"])
    }
}
