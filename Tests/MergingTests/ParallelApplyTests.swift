import Store
import Testing
@testable import Merging

/// Clusters carried by several threads at once: each cluster's journal stays in order, and the
/// end state is the one a one-at-a-time apply reaches.
@Suite("Clusters in parallel")
struct ParallelApplyTests {
    @Test("four threads over eight clusters: calls overlap, each cluster journalled planned → snapshotted → sent → verified, one PUT each")
    func journalStaysPerClusterAndInOrder() throws {
        let fixture = try MergingFixture(eightClusters: ())
        defer { fixture.cleanUp() }
        // Each call takes a few milliseconds, so that threads are under way at the same time.
        let crm = try fixture.crm(callMilliseconds: 5)
        let summary = try fixture.apply(crm, configure: { job in
            job.concurrency = 4
            job.victimChecks.rate = 1
        })
        #expect(summary.merged.count == 8)
        #expect(summary.failed.isEmpty && summary.skipped.isEmpty && summary.unverified.isEmpty)
        #expect(crm.peakInFlight > 1)
        let journal = try CustomerStore(path: fixture.database).journal()
        #expect(journal.count == 8)
        for entry in journal {
            #expect(try fixture.states(victor: entry.victorID) == ["planned", "snapshotted", "sent", "verified"])
            #expect(crm.sends(to: entry.victorID) == 1)
            for victim in entry.victimIDs { #expect(crm.customer(victim) == nil) }
        }
        // The summary lists the merges in plan order, whatever order the threads finished in.
        #expect(summary.merged.map(\.clusterID) == journal.map(\.clusterID))
        #expect(summary.text.contains("concurrency    4 clusters at once"))

        let again = try fixture.apply(crm, configure: { $0.concurrency = 4 })
        #expect(again.alreadyDone == 8)
        #expect(crm.calls.filter { if case .send = $0 { true } else { false } }.count == 8)
    }

    @Test("a parallel dry run hands over its requests in plan order")
    func dryRunInPlanOrder() throws {
        let fixture = try MergingFixture(eightClusters: ())
        defer { fixture.cleanUp() }
        let crm = try fixture.crm(callMilliseconds: 2)
        var paths: [String] = []
        let summary = try fixture.apply(crm, dryRun: true, requested: { paths.append($0["path"]?.stringValue ?? "") }, configure: {
            $0.concurrency = 4
        })
        #expect(summary.wouldSend == 8)
        let sequential = try MergingFixture(eightClusters: ())
        defer { sequential.cleanUp() }
        var expected: [String] = []
        _ = try sequential.apply(try sequential.crm(), dryRun: true, requested: { expected.append($0["path"]?.stringValue ?? "") })
        #expect(paths == expected)
        #expect(try CustomerStore(path: fixture.database).journal().isEmpty)
    }
}
