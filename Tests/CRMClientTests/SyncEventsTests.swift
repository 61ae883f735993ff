import CRMClient
import CRMModel
import Sandbox
import SandboxTestSupport
import Testing

@Suite("Reading the Sync API's events")
struct SyncEventsTests {
    /// Every event after `cursor`, page by page, and the pages it took.
    private func readAll(_ client: CRMClient, after cursor: SyncCursor?, limit: Int) throws -> (events: [SyncEvent], pages: Int) {
        var cursor = cursor
        var events: [SyncEvent] = []
        var pages = 0
        while true {
            let page = try client.syncEvents(after: cursor, limit: limit)
            pages += 1
            events += page.events
            cursor = page.next
            if !page.hasMore || pages > 100 { break }
        }
        return (events, pages)
    }

    @Test("changes made through the API come back as events in order, paged from a cursor, in every envelope the client reads",
          arguments: SyncEnvelope.allCases)
    func pagedInOrder(envelope: SyncEnvelope) async throws {
        let sandbox = try await SandboxFixture(syncEnvelope: envelope)
        let client = try sandbox.client()
        let (events, pages, created) = try await SandboxFixture.call { () throws -> ([SyncEvent], Int, String) in
            let start = try client.latestSyncCursor()
            let created = try client.postCustomer(JSONObject(["last_name": .string("Sato"), "phones": .array([.string("+819011112222")])]))
            try client.putCustomer(id: "c00001", body: JSONObject(["memo": .string("VIP")]))
            try client.deleteCustomer(id: "c00002")
            try client.putCustomer(id: "c00003", body: JSONObject(["merge_customer_ids": .array([.string("c00004"), .string("c00005")])]))
            let (events, pages) = try readAll(client, after: start, limit: 2)
            return (events, pages, created.id)
        }
        let expected: [(SyncEvent.Kind, String)] = [(.created, created), (.updated, "c00001"), (.deleted, "c00002"),
                                                   (.updated, "c00003"), (.deleted, "c00004"), (.deleted, "c00005")]
        // The merge's transfer may land meanwhile: one more update of the victor.
        #expect(events.prefix(6).map(\.kind) == expected.map(\.0))
        #expect(events.prefix(6).map(\.syncableID) == expected.map(\.1))
        #expect(events.allSatisfy { $0.isCustomer })
        #expect(Set(events.map(\.id)).count == events.count)
        #expect(pages >= 3)
        await sandbox.stop()
    }

    @Test("a cursor older than the feed keeps is refused as expired, not read from the oldest event kept")
    func tooOldCursor() async throws {
        let sandbox = try await SandboxFixture(syncRetention: 5)
        let client = try sandbox.client()
        let start = try await SandboxFixture.call { try client.latestSyncCursor() }
        sandbox.server.simulateChanges(edits: 12, seed: 3)
        let error = try await SandboxFixture.call { () -> CRMClientError? in
            do { _ = try client.syncEvents(after: start, limit: 100); return nil } catch let error as CRMClientError { return error }
        }
        #expect(error?.code == .syncCursorExpired)
        #expect(error?.hint.contains("export") == true)
        await sandbox.stop()
    }

    @Test("the feed's head is where an export starts: nothing before it is read again")
    func latestCursorSkipsOlderEvents() async throws {
        let sandbox = try await SandboxFixture()
        let client = try sandbox.client()
        sandbox.server.simulateChanges(edits: 7, seed: 1)
        let events = try await SandboxFixture.call { () throws -> [SyncEvent] in
            let head = try client.latestSyncCursor()
            try client.putCustomer(id: "c00006", body: JSONObject(["memo": .string("after the head")]))
            return try client.syncEvents(after: head, limit: 50).events
        }
        #expect(events.map(\.syncableID) == ["c00006"])
        #expect(events.first?.id == "8")
        await sandbox.stop()
    }

    @Test("the Sync API is retried through 500s and drops like any safe call")
    func retriedUnderFaults() async throws {
        let sandbox = try await SandboxFixture()
        let client = try sandbox.client(retry: RetryPolicy(maxAttempts: 12, baseDelay: .milliseconds(2)))
        sandbox.server.simulateChanges(inserts: 10, edits: 10, deletes: 5, seed: 9)
        sandbox.server.updateFaults(FaultSettings(failRate: 0.3, dropRate: 0.2, seed: 4))
        let events = try await SandboxFixture.call { try readAll(client, after: nil, limit: 3).events }
        #expect(events.map(\.id) == (1...25).map(String.init))
        #expect(sandbox.requestLog.count(status: 500) > 0)
        await sandbox.stop()
    }
}
