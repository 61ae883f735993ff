import Foundation
import Testing
import TestSupport
@testable import Store

/// A killed run never finishes: the next run marks it interrupted and deletes its partial
/// clusters, and `status` (through ``RunRow/state``) says so even before that.
@Suite("Runs whose process is gone")
struct InterruptedRunTests {
    private func cluster(_ id: Int, members: [String]) -> ClusterRow {
        ClusterRow(
            clusterID: id, franchiseID: "f1", confidence: 0.9, matchWeight: 18, autoMerge: false, size: members.count,
            victorID: members[0], payload: #"{"cluster_id":\#(id)}"#,
            members: members.enumerated().map {
                ClusterMemberRow(customerID: $0.element, role: $0.offset == 0 ? ClusterMemberRow.victor : ClusterMemberRow.victim)
            })
    }

    /// Makes run `id` look as if a process that no longer exists had started it: this process's
    /// pid (so the pid is alive) with another start time, as when a pid is reused.
    private func pretendKilled(_ store: CustomerStore, run id: Int64) throws {
        let token = try #require(try store.run(id: id)?.processToken)
        let parts = token.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let reused = [parts[0], parts.count > 1 ? parts[1] : "", "1"].joined(separator: "|")
        try store.db.execute("UPDATE runs SET process_token = '\(reused)' WHERE id = \(id)")
    }

    @Test("a run whose process is gone reads as interrupted; this process's own unfinished run as running")
    func stateOfUnfinishedRuns() throws {
        let folder = try TemporaryFolder()
        let store = try CustomerStore(path: folder.file("tc.db"))
        let killed = try store.createRun(rulesHash: nil, rulesText: nil)
        let live = try store.createRun(rulesHash: nil, rulesText: nil)
        try pretendKilled(store, run: killed)
        #expect(try store.run(id: killed)?.state == .interrupted)
        #expect(try store.run(id: live)?.state == .running)
        try store.finishRun(id: live, summaryJSON: "{}")
        #expect(try store.run(id: live)?.state == .finished)
    }

    @Test("the next run marks a killed run interrupted and deletes its clusters and pairs; a live run is left alone")
    func nextRunCleansUp() throws {
        let folder = try TemporaryFolder()
        let store = try CustomerStore(path: folder.file("tc.db"))
        let killed = try store.createRun(rulesHash: nil, rulesText: nil)
        try store.insertClusters(runID: killed, [cluster(1, members: ["a", "b"])])
        let live = try store.createRun(rulesHash: nil, rulesText: nil)
        try store.insertClusters(runID: live, [cluster(1, members: ["c", "d"])])
        try pretendKilled(store, run: killed)

        _ = try store.createRun(rulesHash: nil, rulesText: nil)

        let marked = try #require(try store.run(id: killed))
        #expect(marked.interruptedAt != nil)
        #expect(marked.state == .interrupted)
        #expect(try store.clusters(runID: killed).isEmpty)
        #expect(try store.db.scalarInt("SELECT count(*) FROM cluster_members WHERE run_id = \(killed)") == 0)
        #expect(try store.run(id: live)?.interruptedAt == nil)
        #expect(try store.clusters(runID: live).count == 1)
    }

    @Test("an unfinished run stored before processes were recorded counts as interrupted")
    func legacyRun() throws {
        let folder = try TemporaryFolder()
        let store = try CustomerStore(path: folder.file("tc.db"))
        let old = try store.createRun(rulesHash: nil, rulesText: nil)
        try store.db.execute("UPDATE runs SET process_id = NULL, process_token = NULL WHERE id = \(old)")
        #expect(try store.run(id: old)?.state == .interrupted)
        _ = try store.createRun(rulesHash: nil, rulesText: nil)
        #expect(try store.run(id: old)?.interruptedAt != nil)
    }
}
