@testable import Store
import Testing
import TestSupport

/// The review lists answered from SQLite: every cluster once, in order, whatever the page
/// size; filters; leases between two reviewers; the audit sample; search keys.
@Suite("Review queue in the store")
struct ReviewQueueStoreTests {
    /// A run of 40 clusters: ids 1...40, confidence cycling through 8 values (ties on purpose),
    /// sizes 2 to 5, franchises "a", "b" and none, every third one for review.
    static func store() throws -> (CustomerStore, Int64, [ClusterRow], TemporaryFolder) {
        let folder = try TemporaryFolder("tcdedupe-review-queue")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let run = try store.createRun(rulesHash: nil, rulesText: nil)
        let rows = (1...40).map { id in
            ClusterRow(clusterID: id, franchiseID: [Optional("a"), "b", nil][id % 3], confidence: 0.5 + Double(id % 8) / 20,
                       matchWeight: Double(id), autoMerge: id % 3 != 0, size: 2 + id % 4, victorID: "v\(id)",
                       payload: "{}", members: [ClusterMemberRow(customerID: "v\(id)", role: ClusterMemberRow.victor),
                                                ClusterMemberRow(customerID: "w\(id)", role: ClusterMemberRow.victim)])
        }
        try store.insertClusters(runID: run, rows)
        return (store, run, rows, folder)
    }

    /// Every page of `query` walked with the cursor.
    static func walk(_ store: CustomerStore, _ run: Int64, _ query: ReviewListQuery) throws -> [Int] {
        var query = query
        var seen: [Int] = []
        while true {
            let page = try store.reviewList(runID: run, query).map(\.cluster.clusterID)
            seen += page
            guard page.count == query.limit, let last = page.last else { return seen }
            query.after = last
        }
    }

    @Test("paging with the cursor returns every cluster of the queue once, in the order asked, for each order")
    func keysetPaging() throws {
        let (store, run, rows, _) = try Self.store()
        let review = rows.filter { !$0.autoMerge }
        let expected: [ReviewSort: [Int]] = [
            .leastConfident: review.sorted { ($0.confidence, $0.clusterID) < ($1.confidence, $1.clusterID) }.map(\.clusterID),
            .mostConfident: review.sorted { ($0.confidence, $0.clusterID) > ($1.confidence, $1.clusterID) }.map(\.clusterID),
            .biggest: review.sorted { ($1.size, $0.confidence, $0.clusterID) < ($0.size, $1.confidence, $1.clusterID) }.map(\.clusterID),
            .franchise: review.sorted { ($0.franchiseID ?? "", $0.confidence, $0.clusterID) < ($1.franchiseID ?? "", $1.confidence, $1.clusterID) }
                .map(\.clusterID),
            .clusterID: review.map(\.clusterID),
        ]
        for (sort, ids) in expected {
            for limit in [1, 3, 7, 100] {
                let walked = try Self.walk(store, run, ReviewListQuery(queue: .review, sort: sort, limit: limit))
                #expect(walked == ids, "\(sort) by \(limit)")
            }
        }
        #expect(try Self.walk(store, run, ReviewListQuery(queue: .all, sort: .clusterID, limit: 6)) == Array(1...40))
        #expect(try Self.walk(store, run, ReviewListQuery(queue: .auto, limit: 4)).count == rows.filter(\.autoMerge).count)
    }

    @Test("a decision taken between two pages neither repeats nor skips a cluster")
    func decisionBetweenPages() throws {
        let (store, run, rows, _) = try Self.store()
        var query = ReviewListQuery(queue: .review, decision: .open, limit: 5)
        let first = try store.reviewList(runID: run, query).map(\.cluster.clusterID)
        try store.saveDecision(DecisionRow(runID: run, clusterID: first[0], verdict: .approved, victorID: "v", victimIDs: [],
                                           reviewer: "hanako"))
        query.after = first.last
        let rest = try Self.walk(store, run, query)
        #expect(Set(first + rest).count == first.count + rest.count)
        #expect(first.count + rest.count == rows.filter { !$0.autoMerge }.count)
    }

    @Test("band, franchise, size and decision filters keep exactly the matching clusters")
    func filters() throws {
        let (store, run, rows, _) = try Self.store()
        func ids(_ query: ReviewListQuery) throws -> Set<Int> { Set(try Self.walk(store, run, query)) }
        var band = ReviewListQuery(queue: .all, minimumConfidence: 0.6, confidenceBelow: 0.75, limit: 100)
        #expect(try ids(band) == Set(rows.filter { $0.confidence >= 0.6 && $0.confidence < 0.75 }.map(\.clusterID)))
        band.franchise = "a"
        #expect(try ids(band) == Set(rows.filter { $0.confidence >= 0.6 && $0.confidence < 0.75 && $0.franchiseID == "a" }.map(\.clusterID)))
        #expect(try ids(ReviewListQuery(queue: .all, franchise: "", limit: 100)) == Set(rows.filter { $0.franchiseID == nil }.map(\.clusterID)))
        #expect(try ids(ReviewListQuery(queue: .all, size: ReviewSizeFilter(text: "3"), limit: 100))
                == Set(rows.filter { $0.size == 3 }.map(\.clusterID)))
        #expect(try ids(ReviewListQuery(queue: .all, size: ReviewSizeFilter(text: "4+"), limit: 100))
                == Set(rows.filter { $0.size >= 4 }.map(\.clusterID)))
        try store.saveDecision(DecisionRow(runID: run, clusterID: 3, verdict: .approved, victorID: "v", victimIDs: [], reviewer: "a"))
        try store.saveDecision(DecisionRow(runID: run, clusterID: 6, verdict: .rejected, victorID: "v", victimIDs: [], reviewer: "b"))
        try store.saveDecision(DecisionRow(runID: run, clusterID: 9, verdict: .undecided, victorID: "v", victimIDs: [], reviewer: "c"))
        #expect(try ids(ReviewListQuery(queue: .review, decision: .approved, limit: 100)) == [3])
        #expect(try ids(ReviewListQuery(queue: .review, decision: .rejected, limit: 100)) == [6])
        #expect(try ids(ReviewListQuery(queue: .review, decision: .edited, limit: 100)) == [9])
        #expect(try !ids(ReviewListQuery(queue: .review, decision: .open, limit: 100)).contains(3))
        #expect(try ids(ReviewListQuery(queue: .review, decision: .open, limit: 100)).contains(9))
        let progress = try store.reviewProgress(runID: run, queue: .review)
        #expect(progress.total == rows.filter { !$0.autoMerge }.count)
        #expect(progress.decided == 2 && progress.approved == 1 && progress.rejected == 1)
    }

    @Test("two reviewers claiming at once get different clusters; a decision or a release gives them back; an expired lease does not hold")
    func leasesBetweenTwoReviewers() throws {
        let (store, run, _, _) = try Self.store()
        let query = ReviewListQuery(queue: .review, limit: 4)
        let hanako = try store.claimReviewClusters(runID: run, query, holder: "H", reviewer: "hanako", seconds: 600)
        let taro = try store.claimReviewClusters(runID: run, query, holder: "T", reviewer: "taro", seconds: 600)
        #expect(hanako.count == 4 && taro.count == 4)
        #expect(Set(hanako.map(\.cluster.clusterID)).isDisjoint(with: taro.map(\.cluster.clusterID)))
        // Claiming again renews the same clusters: the head of the queue is still hers.
        #expect(try store.claimReviewClusters(runID: run, query, holder: "H", reviewer: "hanako", seconds: 600)
                .map(\.cluster.clusterID) == hanako.map(\.cluster.clusterID))
        // Taro's list shows Hanako's clusters as held by her.
        let shown = try store.reviewList(runID: run, ReviewListQuery(queue: .review, limit: 100))
        #expect(shown.first { $0.cluster.clusterID == hanako[0].cluster.clusterID }?.lease?.reviewer == "hanako")
        // Hanako decides one and skips one: neither stays hers; the skipped one goes to the next claimant.
        let decided = hanako[0].cluster.clusterID, skipped = hanako[1].cluster.clusterID
        try store.saveDecision(DecisionRow(runID: run, clusterID: decided, verdict: .approved, victorID: "v", victimIDs: [], reviewer: "hanako"))
        try store.releaseReviewLeases(runID: run, holder: nil, clusterIDs: [decided])
        try store.releaseReviewLeases(runID: run, holder: "H", clusterIDs: [skipped])
        let third = try store.claimReviewClusters(runID: run, ReviewListQuery(queue: .review, limit: 1), holder: "X", reviewer: "x", seconds: 600)
        #expect(third.map(\.cluster.clusterID) == [skipped])
        // A lease compared with a time after its expiry holds nothing.
        let open = ReviewListQuery(queue: .review, decision: .open, limit: 1)
        let head = try store.reviewList(runID: run, open).map(\.cluster.clusterID)
        #expect(try store.reviewList(runID: run, open, availableTo: "Y").map(\.cluster.clusterID) != head)
        #expect(try store.reviewList(runID: run, open, availableTo: "Y", now: "2999-01-01T00:00:00.000Z").map(\.cluster.clusterID) == head)
        #expect(try store.reviewProgress(runID: run, queue: .review).leased == 2 + 4 + 1)
    }

    @Test("the audit queue lists the sample in its drawn order, and is empty before one is drawn")
    func auditQueue() throws {
        let (store, run, _, _) = try Self.store()
        #expect(try store.reviewList(runID: run, ReviewListQuery(queue: .audit)).isEmpty)
        #expect(try store.reviewProgress(runID: run, queue: .audit).total == 0)
        for (position, id) in [10, 4, 31, 22, 1].enumerated() {
            try store.db.execute("INSERT INTO audit_samples (run_id, cluster_id, position, seed, drawn_at) "
                                 + "VALUES (\(run), \(id), \(position), 7, '2026-12-04T00:00:00Z')")
        }
        #expect(try Self.walk(store, run, ReviewListQuery(queue: .audit, limit: 2)) == [10, 4, 31, 22, 1])
        #expect(try store.reviewProgress(runID: run, queue: .audit).total == 5)
    }

    @Test("search keys match by prefix, and only the run's clusters that hold them")
    func searchKeys() throws {
        let (store, run, _, _) = try Self.store()
        #expect(try !store.hasReviewSearchKeys(runID: run))
        try store.beginReviewSearchStaging()
        try store.stageReviewSearchKeys([("n:tanakataro", 3), ("n:田中太郎", 3), ("p:+819012345678", 3), ("n:tanabe", 6),
                                         ("n:suzuki", 9), ("n:tanakataro", 3)])
        #expect(try store.commitReviewSearchKeys(runID: run, batch: 2) == 5)
        #expect(try store.hasReviewSearchKeys(runID: run))
        func found(_ prefixes: [String]) throws -> Set<Int> {
            Set(try Self.walk(store, run, ReviewListQuery(queue: .all, searchPrefixes: prefixes, limit: 100)))
        }
        #expect(try found(["n:tana"]) == [3, 6])
        #expect(try found(["n:田中"]) == [3])
        #expect(try found(["p:+819012345678", "n:suzu"]) == [3, 9])
        #expect(try found(["n:yamada"]).isEmpty)
        #expect(try found([]).isEmpty)
    }
}
