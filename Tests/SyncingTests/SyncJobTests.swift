import CRMClient
import CRMModel
import Sandbox
import SandboxTestSupport
import Store
import StoredRuns
import Syncing
import Synchronization
import Testing

@Suite("Syncing the store with the CRM through the Sync API")
struct SyncJobTests {
    @Test("after inserts, edits, deletes and a merge through the API, sync leaves the store equal to the CRM")
    func syncAfterChangesThroughTheAPI() async throws {
        let f = try await SyncFixture()
        _ = try await f.export()
        let client = try f.sandbox.client()
        let created = try await SandboxFixture.call { () throws -> String in
            let created = try client.postCustomer(JSONObject(["last_name": .string("Suzuki"), "phones": .array([.string("+819055556666")])]))
            try client.putCustomer(id: "c00001", body: JSONObject(["first_name": .string("Hanako")]))
            try client.putCustomer(id: "c00001", body: JSONObject(["memo": .string("twice in one page: fetched once")]))
            try client.deleteCustomer(id: "c00002")
            try client.putCustomer(id: "c00003", body: JSONObject(["merge_customer_ids": .array([.string("c00004")])]))
            return created.id
        }
        // The merge moves the victim's images to the victor a moment later (asynchronously, as
        // the API does), which is one more event: let it land before syncing.
        for _ in 0..<500 where (f.sandbox.server.customersByID()["c00003"]?["images"]?.arrayValue?.count ?? 0) < 2 {
            try await Task.sleep(for: .milliseconds(10))
        }
        let result = try await f.sync()
        #expect(try f.stored() == f.live())
        #expect(result.counts.fetched == 3)   // the new one, c00001 once, the victor c00003
        #expect(result.counts.deleted == 2)
        #expect(result.counts.inserted == 1)
        #expect(try f.stored()[created] != nil)
        // Deleted customers are history, not dropped: the last JSON is kept.
        let store = try f.store()
        let gone = try #require(try store.deletedCustomer(id: "c00004"))
        #expect(gone.raw?.contains("c00004") == true)
        #expect(gone.reason.contains("deleted"))
        #expect(try store.customer(id: "c00004") == nil)
        await f.stop()
    }

    @Test("a second sync with nothing new reads one empty page and changes nothing")
    func idempotent() async throws {
        let f = try await SyncFixture()
        _ = try await f.export()
        f.sandbox.server.simulateChanges(inserts: 5, edits: 5, deletes: 3, seed: 2)
        _ = try await f.sync()
        let cursor = try f.store().syncCursor()
        let again = try await f.sync()
        #expect(again.counts.events == 0)
        #expect(try f.store().syncCursor() == cursor)
        #expect(try f.stored() == f.live())
        await f.stop()
    }

    @Test("under 5 % 500s, 2 % drops and 429s, simulated changes and merges end with the store equal to the CRM")
    func syncUnderFaults() async throws {
        let f = try await SyncFixture(customers: 200)
        _ = try await f.export()
        f.sandbox.server.simulateChanges(inserts: 90, edits: 150, deletes: 60, merges: 15, seed: 11)
        f.sandbox.server.updateFaults(FaultSettings(failRate: 0.05, dropRate: 0.02, rateLimit: 150, seed: 8))
        let result = try await f.sync(pageSize: 40)
        let stored = try f.stored()
        let live = f.live()
        #expect(Set(stored.keys) == Set(live.keys))
        #expect(stored == live)
        #expect(result.counts.events >= 90 + 150 + 60 + 15 * 2)
        #expect(result.retries > 0)
        #expect(f.sandbox.requestLog.count(status: 500) > 0)
        await f.stop()
    }

    @Test("a sync stopped after its first batch, run again, converges to the CRM's state")
    func interruptedSyncConverges() async throws {
        let f = try await SyncFixture(customers: 60)
        _ = try await f.export()
        let exportCursor = try f.store().syncCursor()
        f.sandbox.server.simulateChanges(inserts: 20, edits: 30, deletes: 10, seed: 5)
        let server = f.sandbox.server
        // After the first stored batch every request fails: the job stops mid-way.
        let broken = FaultSettings(failRate: 1, seed: 1)
        await #expect(throws: (any Error).self) {
            _ = try await f.sync(pageSize: 15, progress: { _ in server.updateFaults(broken) })
        }
        let halfway = try f.store().syncCursor()
        #expect(halfway != exportCursor)
        #expect(try f.stored() != f.live())
        server.updateFaults(.none)
        let rest = try await f.sync(pageSize: 15)
        #expect(rest.counts.events > 0)
        #expect(rest.counts.events < 60)
        #expect(try f.stored() == f.live())
        await f.stop()
    }

    @Test("a cursor too old for the feed stops with the remedy; a fresh export then brings the store back in step")
    func gapNeedsExport() async throws {
        let f = try await SyncFixture(syncRetention: 10)
        _ = try await f.export()
        f.sandbox.server.simulateChanges(inserts: 8, edits: 8, deletes: 6, seed: 4)
        await #expect {
            _ = try await f.sync()
        } throws: { error in
            "\(error)".contains("cannot bridge the gap") && "\(error)".contains("tcdedupe export")
        }
        let export = try await f.export()
        #expect(export.markedGone == 6)
        #expect(try f.stored() == f.live())
        #expect(try f.store().deletedCustomerCount() == 6)
        let after = try await f.sync()
        #expect(after.counts.events == 0)
        await f.stop()
    }

    @Test("events in every envelope the client reads are applied the same way", arguments: [SyncEnvelope.bareArray, .nextLink])
    func envelopes(envelope: SyncEnvelope) async throws {
        let f = try await SyncFixture(syncEnvelope: envelope)
        _ = try await f.export()
        f.sandbox.server.simulateChanges(inserts: 12, edits: 12, deletes: 6, merges: 2, seed: 6)
        let result = try await f.sync(pageSize: 7)
        #expect(try f.stored() == f.live())
        #expect(result.counts.batches >= 5)
        await f.stop()
    }

    @Test("without a cursor (never exported from the API) sync says to export first")
    func noCursor() async throws {
        let f = try await SyncFixture()
        let store = try CustomerStore(path: f.databasePath)
        try store.upsertCustomers([CustomerRow(id: "x1", raw: #"{"id":"x1"}"#)])
        await #expect {
            _ = try await f.sync()
        } throws: { error in
            "\(error)".contains("no Sync API cursor") && "\(error)".contains("tcdedupe export")
        }
        await f.stop()
    }
}
