import Foundation
@testable import StoredRuns
import Store
import Testing

@Suite("The audit sample of a run's auto-merges")
struct AuditSampleTests {
    /// A store with one finished run of `clusters` two-member clusters; every third is not auto-merge.
    static func store(clusters: Int) throws -> (PipelineFixture, Int64) {
        let fixture = try PipelineFixture()
        let store = try CustomerStore(path: fixture.database)
        let run = try store.createRun(rulesHash: "r", rulesText: nil)
        try store.insertClusters(runID: run, (1...clusters).map { k in
            ClusterRow(clusterID: k, franchiseID: "f", confidence: 0.995, matchWeight: 9, autoMerge: k % 3 != 0, size: 2,
                       victorID: "a\(k)", payload: "{}",
                       members: [ClusterMemberRow(customerID: "a\(k)", role: "victor"), ClusterMemberRow(customerID: "b\(k)", role: "victim")])
        })
        try store.finishRun(id: run, summaryJSON: "{}")
        return (fixture, run)
    }

    @Test("the same seed draws the same clusters, a larger sample extends it, and only auto-merges are drawn")
    func deterministicAndExtending() throws {
        let (fixture, run) = try Self.store(clusters: 300)
        defer { fixture.cleanUp() }
        let first = try AuditJob(databasePath: fixture.database, runID: run, sampleSize: 20, seed: 7).run()
        #expect(first.clusters.count == 20 && first.added == 20 && first.population == 200)
        #expect(first.clusters.allSatisfy { $0.clusterID % 3 != 0 })
        #expect(first.clusters.map(\.members) == first.clusters.map { ["a\($0.clusterID)", "b\($0.clusterID)"] })

        let again = try AuditJob(databasePath: fixture.database, runID: run, sampleSize: 20, seed: nil).run()
        #expect(again.added == 0 && again.seed == 7)
        #expect(again.clusters.map(\.clusterID) == first.clusters.map(\.clusterID))

        let larger = try AuditJob(databasePath: fixture.database, runID: run, sampleSize: 50, seed: 7).run()
        #expect(larger.added == 30)
        #expect(Array(larger.clusters.prefix(20)).map(\.clusterID) == first.clusters.map(\.clusterID))
        #expect(larger.clusters.map(\.position) == Array(1...50))

        // The same draw on a fresh copy of the run: the stored sample is what the seed gives.
        let (other, otherRun) = try Self.store(clusters: 300)
        defer { other.cleanUp() }
        let fresh = try AuditJob(databasePath: other.database, runID: otherRun, sampleSize: 50, seed: 7).run()
        #expect(fresh.clusters.map(\.clusterID) == larger.clusters.map(\.clusterID))
        let otherSeed = AuditJob(databasePath: other.database, runID: otherRun, sampleSize: 50, seed: 8)
        #expect(throws: PipelineError.self) { try otherSeed.run() }
    }

    @Test("a different seed on a fresh run draws a different sample; a sample larger than the population takes it all")
    func seedsDiffer() throws {
        let (a, runA) = try Self.store(clusters: 300)
        defer { a.cleanUp() }
        let (b, runB) = try Self.store(clusters: 300)
        defer { b.cleanUp() }
        let one = try AuditJob(databasePath: a.database, runID: runA, sampleSize: 20, seed: 1).run()
        let two = try AuditJob(databasePath: b.database, runID: runB, sampleSize: 20, seed: 2).run()
        #expect(one.clusters.map(\.clusterID) != two.clusters.map(\.clusterID))
        let all = try AuditJob(databasePath: a.database, runID: runA, sampleSize: 1_000, seed: 1).run()
        #expect(all.clusters.count == 200)
    }

    @Test("every cluster is about equally likely to be drawn (uniform sample)")
    func uniform() {
        let population = Array(1...50)
        var drawn = [Int](repeating: 0, count: 51)
        for seed in UInt64(1)...4_000 {
            for id in AuditOrder.ordered(population, seed: seed).prefix(10) { drawn[id] += 1 }
        }
        // Expected 800 per cluster; a binomial(4000, 0.2) stays within ±5 standard deviations (126).
        #expect(drawn[1...].allSatisfy { abs($0 - 800) < 126 }, "\(drawn[1...])")
    }

    @Test("verdicts are decisions: approvals count as correct unless a member was taken out")
    func tally() throws {
        let (fixture, run) = try Self.store(clusters: 30)
        defer { fixture.cleanUp() }
        let sample = try AuditJob(databasePath: fixture.database, runID: run, sampleSize: 6, seed: 3).run().clusters
        let store = try CustomerStore(path: fixture.database)
        func decide(_ c: AuditedCluster, _ verdict: ReviewVerdict, removed: [String] = []) throws {
            try store.saveDecision(DecisionRow(runID: run, clusterID: c.clusterID, verdict: verdict, victorID: c.members[0],
                                               victimIDs: Array(c.members.dropFirst()), removedMemberIDs: removed, reviewer: "t"))
        }
        try decide(sample[0], .approved)
        try decide(sample[1], .approved)
        try decide(sample[2], .rejected)
        try decide(sample[3], .approved, removed: [sample[3].members[1]])
        try decide(sample[4], .undecided)
        let estimate = try AuditEstimate.read(store, runID: run)
        #expect(estimate == AuditEstimate(runID: run, sampled: 6, decided: 4, correct: 2))
        #expect(try store.rejectedClusterIDs(runID: run) == [sample[2].clusterID])
    }
}
