import Testing
@testable import Store
import TestSupport

/// An incremental run holds its base's unchanged clusters and pairs by reference (migration
/// 15). Every reader must see what it would see had the run stored those rows itself: each
/// check below reads a run that carries (run 2) and a run that stored the same rows by copy
/// (run 3), and expects the same answer.
@Suite("Clusters and pairs carried by reference")
struct CarriedByReferenceTests {
    /// A cluster whose members are `members` (the first is the victor), with a key and a
    /// franchise so that every review order has something to sort on.
    private static func cluster(_ id: Int, _ confidence: Double, _ members: [String], franchise: String? = "f1",
                                autoMerge: Bool = false) -> ClusterRow {
        ClusterRow(clusterID: id, franchiseID: franchise, confidence: confidence, matchWeight: confidence * 20,
                   autoMerge: autoMerge, size: members.count, victorID: members[0], payload: #"{"cluster_id":\#(id)}"#,
                   members: members.enumerated().map {
                       ClusterMemberRow(customerID: $0.element, role: $0.offset == 0 ? ClusterMemberRow.victor : ClusterMemberRow.victim)
                   },
                   clusterKey: members.min())
    }

    private static let base = [
        cluster(1, 0.62, ["a1", "a2"]), cluster(2, 0.70, ["b1", "b2", "b3"], franchise: "f2"),
        cluster(3, 0.995, ["c1", "c2"], autoMerge: true), cluster(4, 0.70, ["d1", "d2"], franchise: nil),
        cluster(5, 0.81, ["e1", "e2", "e3"], franchise: "f2"), cluster(6, 0.999, ["g1", "g2"], autoMerge: true),
    ]
    /// The incremental run re-clustered b2 and d1 (edited): clusters 2 and 4 are rebuilt as 7 and 8.
    private static let touched = ["b2", "d1"]
    private static let rebuilt = [cluster(7, 0.66, ["b1", "b2"], franchise: "f2"), cluster(8, 0.90, ["b3", "d1", "d2"])]
    private static let basePairs = [
        PairRow(a: "a1", b: "a2", probability: 0.62, matchWeight: 3), PairRow(a: "b1", b: "b2", probability: 0.7, matchWeight: 4),
        PairRow(a: "b2", b: "b3", probability: 0.7, matchWeight: 4), PairRow(a: "c1", b: "c2", probability: 0.995, matchWeight: 9),
        PairRow(a: "d1", b: "d2", probability: 0.7, matchWeight: 4), PairRow(a: "e1", b: "e2", probability: 0.81, matchWeight: 5),
        PairRow(a: "e2", b: "e3", probability: 0.81, matchWeight: 5), PairRow(a: "g1", b: "g2", probability: 0.999, matchWeight: 10),
    ]
    private static let rebuiltPairs = [
        PairRow(a: "b1", b: "b2", probability: 0.66, matchWeight: 3.5), PairRow(a: "b3", b: "d1", probability: 0.9, matchWeight: 6),
        PairRow(a: "d1", b: "d2", probability: 0.7, matchWeight: 4),
    ]

    /// Run 1 (full), run 2 (incremental, carrying from run 1), run 3 (the same result stored by copy).
    private static func makeStore(_ folder: TemporaryFolder) throws -> (store: CustomerStore, carried: Int, carriedPairs: Int) {
        let store = try CustomerStore(path: folder.file("tc.db"))
        for id in ["a1", "a2", "b1", "b2", "b3", "c1", "c2", "d1", "d2", "e1", "e2", "e3", "g1", "g2"] {
            _ = try store.upsertCustomers([CustomerRow(id: id, franchiseID: "f1", updatedAt: "2024-01-01T00:00:00Z",
                                                   raw: #"{"id":"\#(id)"}"#)])
        }
        let full = try store.createRun(rulesHash: "r", rulesText: nil)
        try store.insertClusters(runID: full, base)
        try store.insertPairs(runID: full, basePairs)
        try store.finishRun(id: full, summaryJSON: "{}")

        let incremental = try store.createRun(rulesHash: "r", rulesText: nil)
        try store.insertClusters(runID: incremental, rebuilt)
        try store.insertPairs(runID: incremental, rebuiltPairs)
        let carried = try store.carryClusters(from: full, to: incremental, exceptHolding: touched)
        let carriedPairs = try #require(try store.carryPairs(from: full, to: incremental, exceptTouching: touched))
        try store.finishRun(id: incremental, summaryJSON: "{}")

        let copy = try store.createRun(rulesHash: "r", rulesText: nil)
        let kept = base.filter { c in !c.members.contains { touched.contains($0.customerID) } }
        try store.insertClusters(runID: copy, kept + rebuilt)
        try store.insertPairs(runID: copy, basePairs.filter { !touched.contains($0.a) && !touched.contains($0.b) } + rebuiltPairs)
        try store.finishRun(id: copy, summaryJSON: "{}")
        return (store, carried, carriedPairs)
    }

    @Test("carrying writes references: the counts carried, and the rebuilt clusters' old versions left out")
    func carryCounts() throws {
        let folder = try TemporaryFolder("tcdedupe-carried-tests")
        let (store, carried, carriedPairs) = try Self.makeStore(folder)
        #expect(carried == 4)
        #expect(carriedPairs == 5)
        #expect(try store.cluster(runID: 2, clusterID: 2) == nil)
        #expect(try store.cluster(runID: 2, clusterID: 5)?.members.map(\.customerID) == ["e1", "e2", "e3"])
        #expect(try store.runsCarrying(from: 1) == [2])
    }

    @Test("clusters, members, keys and pairs read the same from a run that carries as from one that copied")
    func clusterReaders() throws {
        let folder = try TemporaryFolder("tcdedupe-carried-tests")
        let store = try Self.makeStore(folder).store
        #expect(try store.clusters(runID: 2) == store.clusters(runID: 3))
        #expect(try store.clusters(runID: 2, minConfidence: 0.8) == store.clusters(runID: 3, minConfidence: 0.8))
        for id in 1...8 { #expect(try store.cluster(runID: 2, clusterID: id) == store.cluster(runID: 3, clusterID: id)) }
        for customer in ["a1", "b2", "b3", "c2", "d1", "e3", "x"] {
            #expect(try store.clusterIDs(runID: 2, containing: customer) == store.clusterIDs(runID: 3, containing: customer))
        }
        #expect(try store.clusterKeys(runID: 2) == store.clusterKeys(runID: 3))
        #expect(try store.clusterID(runID: 2, key: "e1") == 5)
        #expect(try store.clusterID(runID: 2, key: "b1") == 7)
        #expect(try Set(store.pairs(runID: 2)) == Set(store.pairs(runID: 3)))
        #expect(try store.pairs(runID: 2).count == store.pairs(runID: 3).count)
        #expect(try store.autoMergeClusterIDs(runID: 2) == store.autoMergeClusterIDs(runID: 3))
        #expect(try store.maximumClusterID(runID: 2) == 8)
        #expect(try store.reviewMemberRecords(runID: 2, clusterIDs: 0...10) == store.reviewMemberRecords(runID: 3, clusterIDs: 0...10))
    }

    @Test("the streams of reports and diff read the same from a run that carries as from one that copied")
    func streams() throws {
        let folder = try TemporaryFolder("tcdedupe-carried-tests")
        let store = try Self.makeStore(folder).store
        func clusters(_ run: Int64) throws -> [ClusterRow] {
            var out: [ClusterRow] = []
            try store.forEachCluster(runID: run) { out.append($0) }
            return out
        }
        func figures(_ run: Int64) throws -> [ClusterFiguresRow] {
            var out: [ClusterFiguresRow] = []
            try store.forEachClusterFigures(runID: run) { out.append($0) }
            return out
        }
        func outlines(_ run: Int64) throws -> [ClusterOutlineRow] {
            var out: [ClusterOutlineRow] = []
            try store.forEachClusterOutline(runID: run) { out.append($0) }
            return out
        }
        func bands(_ run: Int64) throws -> [String] {
            var out: [String] = []
            try store.forEachClusterBand(runID: run) { out.append("\($0) \($1) \($2)") }
            return out.sorted()
        }
        func members(_ run: Int64) throws -> [String] {
            let cursor = try store.memberCursor(runID: run)
            var out: [String] = []
            while let next = try cursor.next() { out.append("\(next.customerID)@\(next.clusterID)") }
            return out
        }
        #expect(try clusters(2) == clusters(3))
        #expect(try clusters(2).map(\.clusterID) == [1, 3, 5, 6, 7, 8])
        #expect(try Set(figures(2)) == Set(figures(3)))
        #expect(try outlines(2) == outlines(3))
        #expect(try bands(2) == bands(3))
        #expect(try members(2) == members(3))
        #expect(try store.clusterIDsForPeople(runID: 2, limit: 4) == store.clusterIDsForPeople(runID: 3, limit: 4))
    }

    @Test("every review list order pages the same through a run that carries, decisions and progress included")
    func reviewLists() throws {
        let folder = try TemporaryFolder("tcdedupe-carried-tests")
        let store = try Self.makeStore(folder).store
        for run in [Int64(2), 3] {
            _ = try store.saveDecision(DecisionRow(runID: run, clusterID: 5, verdict: .approved, victorID: "e1",
                                                   victimIDs: ["e2", "e3"], reviewer: "ana"))
        }
        func pages(_ run: Int64, _ query: ReviewListQuery) throws -> [Int] {
            var query = query, ids: [Int] = []
            query.limit = 2
            while true {
                let page = try store.reviewList(runID: run, query)
                ids += page.map(\.cluster.clusterID)
                guard page.count == 2, let last = page.last else { return ids }
                query.after = last.cluster.clusterID
            }
        }
        for queue in [ReviewQueueKind.review, .auto, .all] {
            for sort in ReviewSort.allCases {
                let query = ReviewListQuery(queue: queue, sort: sort)
                #expect(try pages(2, query) == pages(3, query), "\(queue) \(sort)")
            }
            #expect(try store.reviewProgress(runID: 2, queue: queue) == store.reviewProgress(runID: 3, queue: queue))
        }
        let approved = ReviewListQuery(queue: .all, decision: .approved)
        #expect(try pages(2, approved) == [5])
        #expect(try pages(2, ReviewListQuery(queue: .all, franchise: "f2")) == [7, 5])
        #expect(try store.reviewProgress(runID: 2, queue: .review).approved == 1)
        #expect(try store.clusterFranchises(runID: 2) == store.clusterFranchises(runID: 3))
    }

    @Test("a base run is kept while an incremental run refers to it")
    func baseIsKept() throws {
        let folder = try TemporaryFolder("tcdedupe-carried-tests")
        let store = try Self.makeStore(folder).store
        #expect(throws: StoreError.self) { try store.deleteRun(id: 1) }
        #expect(try store.run(id: 1) != nil)
        #expect(try store.clusters(runID: 2).count == 6)
        try store.deleteRun(id: 2)
        #expect(try store.runsCarrying(from: 1).isEmpty)
        try store.deleteRun(id: 1)
        #expect(try store.run(id: 1) == nil)
        #expect(try store.clusters(runID: 3).count == 6)
    }

    @Test("a run that carries cannot be carried from: references do not chain")
    func noChains() throws {
        let folder = try TemporaryFolder("tcdedupe-carried-tests")
        let store = try Self.makeStore(folder).store
        let next = try store.createRun(rulesHash: "r", rulesText: nil)
        #expect(throws: StoreError.self) { try store.carryClusters(from: 2, to: next, exceptHolding: []) }
    }
}
