import Foundation
import Testing
@testable import Store
import TestSupport

@Suite("Export state in the store")
struct CustomerStoreExportTests {
    @Test("a stored page and the export's state survive reopening the database together")
    func pageAndStateRoundTrip() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let path = folder.file("export.db")
        do {
            let store = try CustomerStore(path: path)
            var state = try store.beginExport(apiURL: "http://127.0.0.1:1/api/crm/v1", search: "{}")
            state.scrollID = "scr1-200"
            state.totalResults = 3
            state.pages = 1
            state.received = 2
            state.receivedInScroll = 2
            state.scrollsStarted = 1
            let counts = try store.storeExportPage([CustomerRow(id: "a", raw: #"{"id":"a"}"#), CustomerRow(id: "b", raw: #"{"id":"b"}"#)],
                                                   state: state)
            #expect(counts == UpsertCounts(inserted: 2, updated: 0))
        }
        let reopened = try CustomerStore(path: path)
        let state = try #require(try reopened.exportState())
        #expect(state.scrollID == "scr1-200")
        #expect(state.totalResults == 3)
        #expect(state.receivedInScroll == 2)
        #expect(!state.isFinished)
        #expect(try reopened.customersStored(since: state.startedAt) == 2)
    }

    @Test("customers stored before an export began do not count as stored by it; a repeat counts once")
    func countsOnlyThisExport() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("count.db"))
        try store.upsertCustomers([CustomerRow(id: "old", raw: #"{"id":"old"}"#)])
        Thread.sleep(forTimeInterval: 0.01)
        let state = try store.beginExport(apiURL: "https://x/api/crm/v1", search: "{}")
        try store.storeExportPage([CustomerRow(id: "n1", raw: #"{"id":"n1"}"#)], state: state)
        try store.storeExportPage([CustomerRow(id: "n1", raw: #"{"id":"n1","v":2}"#), CustomerRow(id: "n2", raw: #"{"id":"n2"}"#)], state: state)
        #expect(try store.customersStored(since: state.startedAt) == 2)
        #expect(try store.customerCount() == 3)
        let finished = try store.finishExport(state)
        #expect(finished.isFinished && finished.scrollID == nil)
        #expect(try store.exportState()?.isFinished == true)
    }
}
