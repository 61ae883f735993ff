import Foundation
import Reviewing
import Resolution
import ReviewTestSupport
import Store
import Testing

@Suite("Reviewing a run: decisions, edits and what apply --approved reads")
struct ReviewBoardTests {
    /// The cluster holding `customerID`.
    static func cluster(_ board: ReviewBoard, holding customerID: String) throws -> SuggestedMerge {
        try board.merge(try #require(try board.clusterID(containing: customerID)))
    }

    @Test("the fixture's run suggests the three Tanaka records, the hostile pair and the Suzuki pair")
    func fixtureClusters() throws {
        let fixture = try ReviewFixture()
        defer { fixture.cleanUp() }
        let board = try ReviewBoard(databasePath: fixture.database)
        let tanaka = try Self.cluster(board, holding: "t1")
        #expect(Set(tanaka.members.map(\.customerID)) == ["t1", "t2", "t3"])
        #expect(tanaka.plan.victorID == "t1")
        #expect(Set(try Self.cluster(board, holding: "h1").members.map(\.customerID)) == ["h1", "h2"])
        #expect(Set(try Self.cluster(board, holding: "s1").members.map(\.customerID)) == ["s1", "s2"])
    }

    @Test("approve and reject are stored with reviewer and time and survive reopening the database")
    func decisionsPersist() throws {
        let fixture = try ReviewFixture()
        defer { fixture.cleanUp() }
        let board = try ReviewBoard(databasePath: fixture.database)
        let tanaka = try Self.cluster(board, holding: "t1").clusterID
        let suzuki = try Self.cluster(board, holding: "s1").clusterID
        try board.decide(tanaka, .approve, reviewer: "hanako")
        try board.decide(suzuki, .reject, reviewer: "hanako")

        let store = try CustomerStore(path: fixture.database)
        let decisions = try store.decisions(runID: board.runID)
        #expect(decisions.map(\.clusterID) == [tanaka, suzuki].sorted())
        #expect(decisions.allSatisfy { $0.reviewer == "hanako" && $0.decidedAt.hasPrefix("20") })
        let approved = try store.approvedClusters(runID: board.runID)
        #expect(approved.map(\.clusterID) == [tanaka])
        #expect(approved.first?.victorID == "t1")
        #expect(Set(approved.first?.victimIDs ?? []) == ["t2", "t3"])

        let reopened = try ReviewBoard(databasePath: fixture.database)
        #expect(try reopened.decision(tanaka)?.verdict == .approved)
        #expect(try reopened.decision(suzuki)?.verdict == .rejected)
    }

    @Test("another victor resolves the plan again: the old victor becomes a victim of the new one")
    func changingVictorRecomputesPlan() throws {
        let fixture = try ReviewFixture()
        defer { fixture.cleanUp() }
        let board = try ReviewBoard(databasePath: fixture.database)
        let id = try Self.cluster(board, holding: "t1").clusterID
        try board.chooseVictor(id, victorID: "t3", reviewer: "hanako")
        let edited = try board.merge(id)
        #expect(edited.plan.victorID == "t3")
        #expect(Set(edited.plan.victimIDs) == ["t1", "t2"])
        #expect(edited.members.first?.customerID == "t3")
        #expect(edited.plan.body["merge_customer_ids"]?.arrayValue?.compactMap(\.stringValue).sorted() == ["t1", "t2"])
        #expect(edited.notes.contains { $0.contains("chosen by hand") })
        #expect(try board.decision(id)?.verdict == .undecided)

        // The edit is stored: a new board (a restarted server) shows the same plan; approving keeps it.
        let reopened = try ReviewBoard(databasePath: fixture.database)
        #expect(try reopened.merge(id).plan == edited.plan)
        try reopened.decide(id, .approve, reviewer: "taro")
        let approved = try CustomerStore(path: fixture.database).approvedClusters(runID: board.runID)
        #expect(approved.first?.victorID == "t3")
        #expect(approved.first?.reviewer == "taro")
    }

    @Test("removing a member takes it out of the plan and the evidence; a pair cannot lose a member")
    func removingMember() throws {
        let fixture = try ReviewFixture()
        defer { fixture.cleanUp() }
        let board = try ReviewBoard(databasePath: fixture.database)
        let id = try Self.cluster(board, holding: "t1").clusterID
        try board.removeMember(id, memberID: "t2", reviewer: "hanako")
        let edited = try board.merge(id)
        #expect(edited.members.map(\.customerID).sorted() == ["t1", "t3"])
        #expect(edited.plan.victimIDs == ["t3"])
        #expect(edited.explanations.allSatisfy { $0.customerA != "t2" && $0.customerB != "t2" })
        #expect(try board.decision(id)?.removedMemberIDs == ["t2"])
        #expect(throws: ReviewError.self) { try board.removeMember(id, memberID: "t3", reviewer: "hanako") }
        #expect(throws: ReviewError.self) { try board.chooseVictor(id, victorID: "t2", reviewer: "hanako") }

        try board.decide(id, .reset, reviewer: "hanako")
        #expect(try board.decision(id) == nil)
        #expect(Set(try board.merge(id).members.map(\.customerID)) == ["t1", "t2", "t3"])
    }

    @Test("an unknown cluster is refused with an error that says so")
    func unknownCluster() throws {
        let fixture = try ReviewFixture()
        defer { fixture.cleanUp() }
        let board = try ReviewBoard(databasePath: fixture.database)
        #expect(throws: ReviewError(.unknownCluster, "run \(board.runID) has no cluster 9999",
                                    hint: "use a cluster id from the report or the review page")) {
            try board.decide(9999, .approve, reviewer: "hanako")
        }
    }
}
