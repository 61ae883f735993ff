import Foundation
import Import
import Pipeline
import Store
import Testing

/// Cluster keys, pins and approvals across runs: what a reviewer decided on one run still
/// counts on the next.
@Suite("Decisions that last across runs", .serialized)
struct DecisionsAcrossRunsTests {
    static let t1 = #"{"id":"t1","franchise_id":"f1","last_name":"田中","first_name":"太郎","phones":["090-1234-5678"],"emails":["taro.tanaka@example.jp"],"birthday":"1980-05-05","created_at":"2019-04-01T10:00:00Z"}"#
    static let t2 = #"{"id":"t2","franchise_id":"f1","last_name":"田中","first_name":"太郎","phones":["+819012345678"],"emails":["taro.tanaka@example.jp"],"birthday":"1980-05-05","created_at":"2021-01-01T10:00:00Z"}"#
    static let t3 = #"{"id":"t3","franchise_id":"f1","last_name":"田中","first_name":"太郎","phones":["09012345678"],"emails":["TARO.TANAKA@example.jp"],"birthday":"1980-05-05","created_at":"2022-06-01T10:00:00Z"}"#

    private func run(_ fixture: PipelineFixture) throws -> Int64 {
        try BatchRun(databasePath: fixture.database, rules: PipelineFixture.rules(), threads: 2).execute().runID
    }

    private func upsert(_ fixture: PipelineFixture, _ lines: [String]) throws {
        let file = try fixture.write(lines, to: "more.jsonl")
        _ = try CustomerFileImporter(store: try CustomerStore(path: fixture.database)).importFile(at: file)
    }

    private func cluster(_ store: CustomerStore, run: Int64, holding id: String) throws -> ClusterRow? {
        guard let clusterID = try store.clusterIDs(runID: run, containing: id).first else { return nil }
        return try store.cluster(runID: run, clusterID: clusterID)
    }

    private func approve(_ store: CustomerStore, _ cluster: ClusterRow, run: Int64) throws {
        let ids = cluster.members.map(\.customerID)
        try store.saveDecision(DecisionRow(runID: run, clusterID: cluster.clusterID, verdict: .approved, victorID: ids[0],
                                           victimIDs: Array(ids.dropFirst()), reviewer: "hanako"))
    }

    @Test("a cluster's key is its oldest member, and stays when a newer record joins")
    func keyIsOldestMember() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        _ = try fixture.importAndRun(backgroundCustomers(120) + [Self.t2, Self.t1], threads: 2)
        let store = try CustomerStore(path: fixture.database)
        let firstRun = try #require(try store.latestRunID())
        let first = try #require(try cluster(store, run: firstRun, holding: "t2"))
        #expect(first.clusterKey == "t1")
        try upsert(fixture, [Self.t3])
        let second = try run(fixture)
        let grown = try #require(try cluster(store, run: second, holding: "t3"))
        #expect(grown.size == 3)
        #expect(grown.clusterKey == "t1")
        #expect(try store.clusterID(runID: second, key: "t1") == grown.clusterID)
    }

    @Test("an approval holds on the next run while its members are unchanged, and apply reads it")
    func approvalCarriedWhenUnchanged() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let first = try fixture.importAndRun(backgroundCustomers(120) + [Self.t1, Self.t2], threads: 2).runID
        let store = try CustomerStore(path: fixture.database)
        try approve(store, try #require(try cluster(store, run: first, holding: "t1")), run: first)

        let second = try run(fixture)
        let again = try #require(try cluster(store, run: second, holding: "t1"))
        let decision = try #require(try store.decision(runID: second, clusterID: again.clusterID))
        #expect(decision.verdict == .approved)
        #expect(decision.reviewer == "hanako")
        #expect(decision.carriedFromRun == first)
        #expect(try store.approvedClusters(runID: second).map(\.clusterID) == [again.clusterID])
        #expect(try store.carriedDecision(runID: second, clusterID: again.clusterID)?.state == .holds)
        // And on the run after: the chain keeps the first run as the origin.
        let third = try run(fixture)
        let thirdCluster = try #require(try cluster(store, run: third, holding: "t1"))
        #expect(try store.decision(runID: third, clusterID: thirdCluster.clusterID)?.carriedFromRun == first)
    }

    @Test("an approval apply already sent is spent: the next run, not yet synced, does not approve it again")
    func appliedApprovalNotCarried() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let first = try fixture.importAndRun(backgroundCustomers(120) + [Self.t1, Self.t2], threads: 2).runID
        let store = try CustomerStore(path: fixture.database)
        let approved = try #require(try cluster(store, run: first, holding: "t1"))
        try approve(store, approved, run: first)
        let ids = approved.members.map(\.customerID)
        try store.planMerges([JournalEntry(runID: first, clusterID: approved.clusterID, victorID: ids[0],
                                           victimIDs: Array(ids.dropFirst()), state: .planned, mode: "approved")])
        try store.markMerge(runID: first, clusterID: approved.clusterID, .sent)

        let second = try run(fixture)
        let again = try #require(try cluster(store, run: second, holding: "t1"))
        #expect(try store.decision(runID: second, clusterID: again.clusterID) == nil)
        #expect(try store.carriedDecision(runID: second, clusterID: again.clusterID) == nil)
    }

    @Test("an approval lapses when a member changed since: the cluster goes back to review")
    func approvalNotCarriedWhenChanged() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let first = try fixture.importAndRun(backgroundCustomers(120) + [Self.t1, Self.t2], threads: 2).runID
        let store = try CustomerStore(path: fixture.database)
        try approve(store, try #require(try cluster(store, run: first, holding: "t1")), run: first)
        let edited = Self.t2.replacingOccurrences(of: #""created_at""#, with: #""memo":"allergic to shellfish","updated_at":"2026-12-01T09:00:00Z","created_at""#)
        try upsert(fixture, [edited])

        let second = try run(fixture)
        let again = try #require(try cluster(store, run: second, holding: "t1"))
        #expect(try store.decision(runID: second, clusterID: again.clusterID) == nil)
        let carried = try #require(try store.carriedDecision(runID: second, clusterID: again.clusterID))
        #expect(carried.state == .changed)
        #expect(carried.changedMemberIDs == ["t2"])
        #expect(try store.approvedClusters(runID: second).isEmpty)
    }

    @Test("a new member joining an approved cluster sends only the new link to review")
    func newMemberOnlyNewLink() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let first = try fixture.importAndRun(backgroundCustomers(120) + [Self.t1, Self.t2], threads: 2).runID
        let store = try CustomerStore(path: fixture.database)
        try approve(store, try #require(try cluster(store, run: first, holding: "t1")), run: first)
        try upsert(fixture, [Self.t3])

        let second = try run(fixture)
        let grown = try #require(try cluster(store, run: second, holding: "t1"))
        #expect(Set(grown.members.map(\.customerID)) == ["t1", "t2", "t3"])
        #expect(try store.decision(runID: second, clusterID: grown.clusterID) == nil)
        let carried = try #require(try store.carriedDecision(runID: second, clusterID: grown.clusterID))
        #expect(carried.state == .grown)
        #expect(carried.newMemberIDs == ["t3"])
        #expect(Set(carried.approval.memberIDs) == ["t1", "t2"])
        // Nobody decided the grown cluster: the approval of its core still stands for the next run.
        let third = try run(fixture)
        let still = try #require(try cluster(store, run: third, holding: "t1"))
        #expect(try store.carriedDecision(runID: third, clusterID: still.clusterID)?.state == .grown)
    }

    @Test("a rejected cluster's pins keep it from being suggested again")
    func pinnedClusterNotSuggested() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let first = try fixture.importAndRun(backgroundCustomers(120) + [Self.t1, Self.t2, Self.t3], threads: 2).runID
        let store = try CustomerStore(path: fixture.database)
        let rejected = try #require(try cluster(store, run: first, holding: "t1"))
        #expect(rejected.size == 3)
        try store.addPins([("t1", "t2"), ("t1", "t3"), ("t2", "t3")],
                          origin: PinOrigin(reason: .rejected, runID: first, clusterKey: rejected.clusterKey, createdBy: "hanako"))

        let second = try run(fixture)
        for id in ["t1", "t2", "t3"] {
            #expect(try cluster(store, run: second, holding: id) == nil)
        }
        // Lifted, the pin binds no more.
        for pin in try store.livePins() { try store.liftPin(id: pin.id, by: "hanako") }
        let third = try run(fixture)
        #expect(try cluster(store, run: third, holding: "t1")?.size == 3)
        #expect(try store.pins(includeLifted: true).count == 3)
    }
}
