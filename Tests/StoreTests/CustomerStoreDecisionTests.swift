import Store
import Testing
import TestSupport

@Suite("Review decisions")
struct CustomerStoreDecisionTests {
    private func decision(_ run: Int64, _ cluster: Int, _ verdict: ReviewVerdict, victor: String = "v",
                          victims: [String] = ["x", "y"], by reviewer: String = "hanako") -> DecisionRow {
        DecisionRow(runID: run, clusterID: cluster, verdict: verdict, victorID: victor, victimIDs: victims,
                    reviewer: reviewer)
    }

    @Test("a decision is stored with its time, replaced by a later one, and read back after reopening")
    func saveReplaceReopen() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let path = folder.file("tc.db")
        let run: Int64
        do {
            let store = try CustomerStore(path: path)
            run = try store.createRun(rulesHash: nil, rulesText: nil)
            let saved = try store.saveDecision(decision(run, 4, .approved))
            #expect(saved.decidedAt.hasPrefix("20") && saved.decidedAt.hasSuffix("Z"))
            var edited = decision(run, 4, .undecided, victor: "y", victims: ["v", "x"], by: "taro")
            edited.chosenVictorID = "y"
            edited.removedMemberIDs = ["z"]
            edited.planBody = #"{"merge_customer_ids":["v","x"]}"#
            try store.saveDecision(edited)
        }
        let reopened = try CustomerStore(path: path)
        let rows = try reopened.decisions(runID: run)
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row.verdict == .undecided)
        #expect(row.victorID == "y")
        #expect(row.victimIDs == ["v", "x"])
        #expect(row.chosenVictorID == "y")
        #expect(row.removedMemberIDs == ["z"])
        #expect(row.planBody == #"{"merge_customer_ids":["v","x"]}"#)
        #expect(row.reviewer == "taro")
    }

    @Test("approvedClusters lists only approved clusters, by id, with victor and victims")
    func approvedOnly() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let run = try store.createRun(rulesHash: nil, rulesText: nil)
        let other = try store.createRun(rulesHash: nil, rulesText: nil)
        try store.saveDecision(decision(run, 9, .approved, victor: "a", victims: ["b"]))
        try store.saveDecision(decision(run, 2, .approved))
        try store.saveDecision(decision(run, 5, .rejected))
        try store.saveDecision(decision(run, 6, .undecided))
        try store.saveDecision(decision(other, 1, .approved))
        let approved = try store.approvedClusters(runID: run)
        #expect(approved.map(\.clusterID) == [2, 9])
        #expect(approved.map(\.victorID) == ["v", "a"])
        #expect(approved.map(\.victimIDs) == [["x", "y"], ["b"]])
        try store.deleteDecision(runID: run, clusterID: 2)
        #expect(try store.approvedClusters(runID: run).map(\.clusterID) == [9])
        #expect(try store.decision(runID: run, clusterID: 5)?.verdict == .rejected)
        #expect(try store.decision(runID: run, clusterID: 2) == nil)
    }

    @Test("a decision on an unknown run is refused; deleting the run deletes its decisions")
    func runMustExist() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        #expect(throws: StoreError.self) { try store.saveDecision(decision(42, 1, .approved)) }
        let run = try store.createRun(rulesHash: nil, rulesText: nil)
        try store.saveDecision(decision(run, 1, .approved))
        try store.deleteRun(id: run)
        #expect(try store.decisions(runID: run).isEmpty)
    }
}
