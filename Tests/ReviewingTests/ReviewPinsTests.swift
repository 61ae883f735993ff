import CRMModel
import Foundation
import MatchEvidence
import Resolution
import Reviewing
import ReviewTestSupport
import Store
import Testing

@Suite("Reviewing makes never-merge pins and shows them")
struct ReviewPinsTests {
    @Test("rejecting a cluster pins every pair of its members under its stable key; undoing lifts them")
    func rejectPinsAndResetLifts() throws {
        let fixture = try ReviewFixture()
        defer { fixture.cleanUp() }
        let board = try ReviewBoard(databasePath: fixture.database)
        let tanaka = try ReviewBoardTests.cluster(board, holding: "t1")
        #expect(tanaka.clusterKey == "t1")
        try board.decide(tanaka.clusterID, .reject, reviewer: "hanako")

        let store = try CustomerStore(path: fixture.database)
        let pins = try store.livePins()
        #expect(Set(pins.map { "\($0.customerA)-\($0.customerB)" }) == ["t1-t2", "t1-t3", "t2-t3"])
        #expect(pins.allSatisfy { $0.reason == .rejected && $0.clusterKey == "t1" && $0.createdBy == "hanako" && $0.runID == board.runID })

        guard case .object(let json) = try board.clusterJSON(tanaka.clusterID) else { Issue.record("not an object"); return }
        #expect(json["cluster_key"]?.stringValue == "t1")
        #expect(json["pins"]?.arrayValue?.count == 3)

        try board.decide(tanaka.clusterID, .reset, reviewer: "hanako")
        #expect(try store.livePins().isEmpty)
        #expect(try store.pins(includeLifted: true).allSatisfy { $0.liftedBy == "hanako" })
    }

    @Test("rejecting a cluster that grew past an earlier approval pins only the new member against the approved ones")
    func rejectGrownPinsOnlyNewMember() throws {
        let fixture = try ReviewFixture()
        defer { fixture.cleanUp() }
        let board = try ReviewBoard(databasePath: fixture.database)
        let tanaka = try ReviewBoardTests.cluster(board, holding: "t1")
        let store = try CustomerStore(path: fixture.database)
        let approval = StandingApproval(originRunID: board.runID, victorID: "t1", victimIDs: ["t2"], chosenVictorID: nil, planBody: nil,
                                        reviewer: "hanako", decidedAt: "2026-12-01T00:00:00.000Z", memberVersions: [:])
        try store.saveCarriedDecisions([CarriedDecisionRow(runID: board.runID, clusterID: tanaka.clusterID, state: .grown,
                                                           approval: approval, newMemberIDs: ["t3"])])
        guard case .object(let json) = try board.clusterJSON(tanaka.clusterID) else { Issue.record("not an object"); return }
        #expect((json["carried"]?.objectValue?["new_member_ids"]?.arrayValue ?? []).compactMap(\.stringValue) == ["t3"])

        try board.decide(tanaka.clusterID, .reject, reviewer: "jiro")
        #expect(Set(try store.livePins().map { "\($0.customerA)-\($0.customerB)" }) == ["t1-t3", "t2-t3"])
    }

    @Test("a member removed by hand is pinned against the members that stay, and the pin can be lifted")
    func removedMemberPinned() throws {
        let fixture = try ReviewFixture()
        defer { fixture.cleanUp() }
        let board = try ReviewBoard(databasePath: fixture.database)
        let tanaka = try ReviewBoardTests.cluster(board, holding: "t1")
        try board.removeMember(tanaka.clusterID, memberID: "t3", reviewer: "jiro")
        let store = try CustomerStore(path: fixture.database)
        let pins = try store.livePins()
        #expect(Set(pins.map { "\($0.customerA)-\($0.customerB)" }) == ["t1-t3", "t2-t3"])
        #expect(pins.allSatisfy { $0.reason == .removed })
        #expect(try board.liftPin(id: pins[0].id, reviewer: "jiro"))
        #expect(try store.livePins().count == 1)
    }

    @Test("a big rejected cluster pins its links and every member against the victor, not every pair")
    func bigClusterBounded() {
        let ids = (0..<100).map { "c\($0)" }
        let members = ids.map { MemberSummary(customerID: $0, firstName: "", lastName: "", phones: [], emails: []) }
        let links = zip(ids, ids.dropFirst()).map { a, b in
            PairExplanation(customerA: a, customerB: b, matchWeight: 5, probability: 0.9, priorWeight: -10, outcomes: [])
        }
        let merge = SuggestedMerge(clusterID: 1, franchiseID: "", confidence: 0.9, matchWeight: 5, autoMergeEligible: false,
                                   reviewReasons: [], plan: MergePlan(victorID: "c0", victimIDs: Array(ids.dropFirst()), body: JSONObject()),
                                   members: members, explanations: links)
        let pairs = ReviewBoard.rejectionPairs(merge, carried: nil)
        #expect(pairs.count <= 2 * ids.count)
        let againstVictor: [String] = pairs.filter { $0.0 == "c0" }.map { $0.1 }
        #expect(Set(againstVictor) == Set(ids.dropFirst()))
    }
}
