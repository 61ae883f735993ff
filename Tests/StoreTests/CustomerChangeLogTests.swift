import Testing
@testable import Store
import TestSupport

@Suite("The customer change log")
struct CustomerChangeLogTests {
    @Test("nothing is logged until a full run switches the log on; then inserts, edits and deletions are, with the JSON from before")
    func logsEveryWriterOnceSwitchedOn() throws {
        let folder = try TemporaryFolder("tcdedupe-change-log")
        let store = try CustomerStore(path: folder.file("tc.db"))
        try store.upsertCustomers([CustomerRow(id: "a", raw: #"{"id":"a","v":1}"#), CustomerRow(id: "b", raw: #"{"id":"b","v":1}"#)])
        #expect(try !store.changeLogIsOn())
        // No trigger on customers before: they slowed a fresh base's import even when switched off.
        let triggers = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'customers'"
        #expect(try store.db.scalarInt(triggers) == 0)
        let position = try store.startChangeLog()
        #expect(try store.db.scalarInt(triggers) == 3)
        #expect(try store.customerChanges(after: 0).isEmpty)
        #expect(try store.startChangeLog() == position)

        try store.upsertCustomers([CustomerRow(id: "a", raw: #"{"id":"a","v":2}"#), CustomerRow(id: "c", raw: #"{"id":"c"}"#)])
        try store.storeSyncBatch(upserts: [], deletions: [("b", "deleted")], cursor: nil, apiURL: "http://example.invalid", events: 1)
        // Raw SQL is a writer too.
        try store.db.execute(#"UPDATE customers SET raw = '{"id":"c","v":3}' WHERE id = 'c'"#)

        let changes = try store.customerChanges(after: position)
        #expect(changes.map(\.customerID) == ["a", "c", "b", "c"])
        #expect(changes.map(\.oldRaw) == [#"{"id":"a","v":1}"#, nil, #"{"id":"b","v":1}"#, #"{"id":"c"}"#])
        #expect(changes.map(\.seq) == changes.map(\.seq).sorted())
        #expect(try store.changeLogPosition() == changes.last?.seq)
    }

    @Test("storing the same JSON again is no change, and a full run's position drops what came before it")
    func sameBytesAreNoChange() throws {
        let folder = try TemporaryFolder("tcdedupe-change-log")
        let store = try CustomerStore(path: folder.file("tc.db"))
        try store.upsertCustomers([CustomerRow(id: "a", raw: #"{"id":"a"}"#)])
        let position = try store.startChangeLog()
        try store.upsertCustomers([CustomerRow(id: "a", raw: #"{"id":"a"}"#)])
        #expect(try store.customerChanges(after: position).isEmpty)

        try store.upsertCustomers([CustomerRow(id: "a", raw: #"{"id":"a","v":2}"#)])
        let later = try store.startChangeLog()
        try store.upsertCustomers([CustomerRow(id: "b", raw: #"{"id":"b"}"#)])
        try store.dropCustomerChanges(through: later)
        #expect(try store.customerChanges(after: 0).map(\.customerID) == ["b"])
        #expect(try store.customersRaw(ids: ["a", "b", "zzz"]) == ["a": #"{"id":"a","v":2}"#, "b": #"{"id":"b"}"#])
    }
}
