import Foundation
import Testing
@testable import Store
import TestSupport

@Suite("Customers in the store")
struct CustomerStoreCustomerTests {
    @Test("upsert inserts new ids and replaces known ones, counting each")
    func upsertReplacesByID() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let first = try store.upsertCustomers([
            CustomerRow(id: "b", franchiseID: "f1", updatedAt: "2024-01-01", raw: #"{"id":"b","v":1}"#),
            CustomerRow(id: "a", franchiseID: "f1", raw: #"{"id":"a"}"#),
        ])
        #expect(first == UpsertCounts(inserted: 2, updated: 0))
        let second = try store.upsertCustomers([
            CustomerRow(id: "b", franchiseID: "f2", updatedAt: "2024-02-02", raw: #"{"id":"b","v":2}"#),
            CustomerRow(id: "c", raw: #"{"id":"c"}"#),
            CustomerRow(id: "c", raw: #"{"id":"c","last":true}"#),
        ])
        #expect(second == UpsertCounts(inserted: 1, updated: 2))
        #expect(try store.customerCount() == 3)
        #expect(try store.customer(id: "b") == CustomerRow(id: "b", franchiseID: "f2", updatedAt: "2024-02-02", raw: #"{"id":"b","v":2}"#))
        #expect(try store.customer(id: "c")?.raw == #"{"id":"c","last":true}"#)
        #expect(try store.customer(id: "zzz") == nil)
    }

    @Test("rows given as tuples upsert the same way")
    func tupleRows() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let counts = try store.upsertCustomers([(id: "x", franchiseID: nil, updatedAt: nil, raw: "{}")])
        #expect(counts == UpsertCounts(inserted: 1, updated: 0))
        #expect(try store.customer(id: "x") == CustomerRow(id: "x", raw: "{}"))
    }

    @Test("an empty string stays an empty string, not NULL")
    func emptyStrings() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        try store.upsertCustomers([CustomerRow(id: "e", franchiseID: "", updatedAt: nil, raw: "")])
        #expect(try store.customer(id: "e") == CustomerRow(id: "e", franchiseID: "", updatedAt: nil, raw: ""))
    }

    @Test("a full read streams every customer in id order with its exact bytes")
    func forEachInIDOrder() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let raws = ["c": #"{"id":"c","name":"田中 太郎 😀"}"#, "a": #"{ "id" : "a" }"#, "b": #"{"id":"b","n":1.10}"#]
        try store.upsertCustomers(raws.map { CustomerRow(id: $0.key, raw: $0.value) })
        var seen: [(String, String)] = []
        try store.forEachCustomerRaw { id, raw in
            seen.append((id, String(decoding: raw, as: UTF8.self)))
        }
        #expect(seen.map(\.0) == ["a", "b", "c"])
        #expect(seen.map(\.1) == [raws["a"]!, raws["b"]!, raws["c"]!])
        let loaded = try store.loadCustomersRaw()
        #expect(loaded.map(\.id) == ["a", "b", "c"])
        #expect(loaded.map(\.raw) == seen.map(\.1))
    }

    @Test("an error thrown by the reader stops the read and reaches the caller")
    func forEachStops() throws {
        struct Stop: Error {}
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        try store.upsertCustomers((0..<10).map { CustomerRow(id: "id\($0)", raw: "{}") })
        var calls = 0
        #expect(throws: Stop.self) {
            try store.forEachCustomerRaw { _, _ in
                calls += 1
                if calls == 3 { throw Stop() }
            }
        }
        #expect(calls == 3)
    }

    @Test("a large batch goes in at once")
    func largeBatch() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let rows = (0..<25_000).map { CustomerRow(id: String(format: "%024x", $0 * 7919 % 25_000), raw: #"{"n":\#($0)}"#) }
        #expect(try store.upsertCustomers(rows) == UpsertCounts(inserted: 25_000, updated: 0))
        #expect(try store.customerCount() == 25_000)
        var previous = ""
        var ordered = true
        try store.forEachCustomerRaw { id, _ in
            if id <= previous { ordered = false }
            previous = id
        }
        #expect(ordered)
    }
}
