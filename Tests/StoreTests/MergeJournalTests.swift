import Testing
@testable import Store
import TestSupport

@Suite("The merge journal")
struct MergeJournalTests {
    private func plannedStore() throws -> (TemporaryFolder, CustomerStore, Int64) {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let run = try store.createRun(rulesHash: "h", rulesText: "t", scoringModel: #"{"prior":0.001}"#)
        try store.planMerges([
            JournalEntry(runID: run, clusterID: 1, victorID: "v1", victimIDs: ["x1", "y1"], state: .planned, mode: "auto",
                         apiURL: "http://127.0.0.1:1/api/crm/v1"),
            JournalEntry(runID: run, clusterID: 2, victorID: "v2", victimIDs: ["x2"], state: .planned, mode: "auto"),
        ])
        return (folder, store, run)
    }

    @Test("planned clusters move through snapshotted, sent and verified, each step logged")
    func statesAdvanceAndAreLogged() throws {
        let (folder, store, run) = try plannedStore()
        _ = folder
        try store.recordSnapshots(runID: run, clusterID: 1, victorID: "v1", victimIDs: ["x1", "y1"],
                                  requestBody: #"{"merge_customer_ids":["x1","y1"]}"#, snapshots: [
                                      MergeSnapshot(runID: run, clusterID: 1, customerID: "v1", role: .victor, json: #"{"id":"v1"}"#),
                                      MergeSnapshot(runID: run, clusterID: 1, customerID: "x1", role: .victim, json: #"{"id":"x1","memo":"<b>"}"#),
                                      MergeSnapshot(runID: run, clusterID: 1, customerID: "y1", role: .victim, json: #"{"id":"y1"}"#),
                                  ])
        try store.markMerge(runID: run, clusterID: 1, .sent)
        try store.markMerge(runID: run, clusterID: 1, .verified)
        let entry = try #require(try store.journalEntry(runID: run, clusterID: 1))
        #expect(entry.state == .verified)
        #expect(entry.attempts == 1)
        #expect(entry.victimIDs == ["x1", "y1"])
        #expect(entry.requestBody == #"{"merge_customer_ids":["x1","y1"]}"#)
        #expect(try store.journalEvents(runID: run, clusterID: 1).map(\.state) == ["planned", "snapshotted", "sent", "verified"])
        #expect(try store.snapshots(runID: run, clusterID: 1).map(\.customerID) == ["v1", "x1", "y1"])
        #expect(try store.snapshots(customerID: "x1").first?.json == #"{"id":"x1","memo":"<b>"}"#)
    }

    @Test("planning a cluster again keeps its state, so a second apply resumes where the first stopped")
    func replanningKeepsState() throws {
        let (folder, store, run) = try plannedStore()
        _ = folder
        try store.markMerge(runID: run, clusterID: 2, .skipped, reason: "member x2 changed")
        try store.planMerges([JournalEntry(runID: run, clusterID: 2, victorID: "v2", victimIDs: ["x2"], state: .planned, mode: "auto")])
        let entry = try #require(try store.journalEntry(runID: run, clusterID: 2))
        #expect(entry.state == .skipped)
        #expect(entry.reason == "member x2 changed")
        #expect(try store.journal(runID: run).map(\.clusterID) == [1, 2])
        #expect(try store.journal(runID: run + 1).isEmpty)
    }

    @Test("a step for a cluster that was never planned is refused, not silently dropped")
    func unplannedClusterIsRefused() throws {
        let (folder, store, run) = try plannedStore()
        _ = folder
        #expect(throws: StoreError.self) { try store.markMerge(runID: run, clusterID: 99, .sent) }
    }

    @Test("snapshots survive closing and reopening the database")
    func snapshotsAreDurable() throws {
        let (folder, store, run) = try plannedStore()
        try store.recordSnapshots(runID: run, clusterID: 2, victorID: "v2", victimIDs: ["x2"], requestBody: "{}",
                                  snapshots: [MergeSnapshot(runID: run, clusterID: 2, customerID: "x2", role: .victim, json: #"{"id":"x2"}"#)])
        let reopened = try CustomerStore(path: folder.file("tc.db"))
        #expect(try reopened.snapshots(customerID: "x2").map(\.json) == [#"{"id":"x2"}"#])
        #expect(try reopened.journalEntry(runID: run, clusterID: 2)?.state == .snapshotted)
        #expect(try reopened.run(id: run)?.scoringModel == #"{"prior":0.001}"#)
    }
}
