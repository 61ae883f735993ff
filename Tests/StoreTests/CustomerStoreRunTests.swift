import Testing
@testable import Store
import TestSupport

@Suite("Runs, clusters and pairs")
struct CustomerStoreRunTests {
    private func makeStore(_ folder: TemporaryFolder) throws -> CustomerStore {
        try CustomerStore(path: folder.file("tc.db"))
    }

    private func cluster(_ id: Int, confidence: Double, members: [String]) -> ClusterRow {
        ClusterRow(
            clusterID: id, franchiseID: "f1", confidence: confidence, matchWeight: confidence * 20,
            autoMerge: confidence > 0.99, size: members.count, victorID: members[0],
            payload: #"{"cluster_id":\#(id)}"#,
            members: members.enumerated().map {
                ClusterMemberRow(customerID: $0.element, role: $0.offset == 0 ? ClusterMemberRow.victor : ClusterMemberRow.victim)
            })
    }

    @Test("a run is created, finished and read back")
    func runRoundTrip() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try makeStore(folder)
        #expect(try store.latestRunID() == nil)
        let id = try store.createRun(rulesHash: "abc", rulesText: "version: 1\n", startedAt: "2024-01-01T00:00:00Z")
        #expect(try store.run(id: id)?.withoutProcess == RunRow(id: id, startedAt: "2024-01-01T00:00:00Z", rulesHash: "abc", rulesText: "version: 1\n"))
        #expect(try store.latestRunID(finishedOnly: true) == nil)
        try store.finishRun(id: id, summaryJSON: #"{"clusters":2}"#, trainedModel: #"{"m":[0.9]}"#, finishedAt: "2024-01-01T00:01:00Z")
        #expect(try store.run(id: id)?.withoutProcess == RunRow(
            id: id, startedAt: "2024-01-01T00:00:00Z", finishedAt: "2024-01-01T00:01:00Z", rulesHash: "abc",
            rulesText: "version: 1\n", trainedModel: #"{"m":[0.9]}"#, summary: #"{"clusters":2}"#))
        #expect(try store.latestRunID(finishedOnly: true) == id)
        #expect(try store.run(id: id + 1) == nil)
    }

    @Test("run times default to now in UTC")
    func defaultTimes() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try makeStore(folder)
        let id = try store.createRun(rulesHash: nil, rulesText: nil)
        try store.finishRun(id: id, summaryJSON: "{}")
        let run = try #require(try store.run(id: id))
        #expect(run.startedAt.hasSuffix("Z") && run.startedAt.count == 24)
        #expect(run.finishedAt.map { $0 >= run.startedAt } == true)
    }

    @Test("run ids ascend, the latest is the highest, and a deleted id is not reused")
    func runIDs() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try makeStore(folder)
        let a = try store.createRun(rulesHash: nil, rulesText: nil)
        let b = try store.createRun(rulesHash: nil, rulesText: nil)
        #expect(try store.runIDs() == [a, b])
        #expect(try store.latestRunID() == b)
        try store.deleteRun(id: b)
        let c = try store.createRun(rulesHash: nil, rulesText: nil)
        #expect(c > b)
        #expect(try store.runIDs() == [a, c])
    }

    @Test("finishing an unknown run is an error that names it")
    func finishUnknownRun() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try makeStore(folder)
        #expect(throws: StoreError.self) { try store.finishRun(id: 42, summaryJSON: "{}") }
    }

    @Test("clusters come back most confident first, with members in order, filtered by confidence")
    func clusterRoundTrip() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try makeStore(folder)
        let run = try store.createRun(rulesHash: nil, rulesText: nil)
        let rows = [
            cluster(1, confidence: 0.9, members: ["c3", "c1"]),
            cluster(2, confidence: 0.999, members: ["c9", "c2", "c5"]),
            cluster(3, confidence: 0.95, members: ["c4", "c6"]),
        ]
        try store.insertClusters(runID: run, rows)
        #expect(try store.clusters(runID: run) == [rows[1], rows[2], rows[0]])
        #expect(try store.clusters(runID: run, minConfidence: 0.95) == [rows[1], rows[2]])
        #expect(try store.cluster(runID: run, clusterID: 2) == rows[1])
        #expect(try store.cluster(runID: run, clusterID: 7) == nil)
        #expect(try store.clusterIDs(runID: run, containing: "c5") == [2])
        #expect(try store.clusterIDs(runID: run, containing: "nobody") == [])
    }

    @Test("the clusters of one run do not leak into another")
    func runsAreSeparate() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try makeStore(folder)
        let first = try store.createRun(rulesHash: nil, rulesText: nil)
        let second = try store.createRun(rulesHash: nil, rulesText: nil)
        try store.insertClusters(runID: first, [cluster(1, confidence: 0.9, members: ["a", "b"])])
        try store.insertClusters(runID: second, [cluster(1, confidence: 0.8, members: ["c", "d"])])
        #expect(try store.clusters(runID: first).map(\.victorID) == ["a"])
        #expect(try store.clusters(runID: second).map(\.victorID) == ["c"])
    }

    @Test("pairs round trip in stored order")
    func pairRoundTrip() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try makeStore(folder)
        let run = try store.createRun(rulesHash: nil, rulesText: nil)
        let pairs = [PairRow(a: "c1", b: "c3", probability: 0.97, matchWeight: 12.5),
                     PairRow(a: "c2", b: "c9", probability: 0.5, matchWeight: -0.25)]
        try store.insertPairs(runID: run, pairs)
        #expect(try store.pairs(runID: run) == pairs)
        #expect(try store.pairs(runID: run + 1) == [])
    }

    @Test("results for an unknown run are refused with a clear error")
    func unknownRun() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try makeStore(folder)
        do {
            try store.insertPairs(runID: 9, [PairRow(a: "a", b: "b", probability: 1, matchWeight: 1)])
            Issue.record("inserting pairs for run 9 should fail")
        } catch {
            #expect(error.code == .constraint)
            #expect(error.message == "there is no run 9")
        }
        #expect(throws: StoreError.self) { try store.insertClusters(runID: 9, [cluster(1, confidence: 1, members: ["a"])]) }
    }

    @Test("a repeated cluster id rolls the whole batch back")
    func duplicateClusterRollsBack() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try makeStore(folder)
        let run = try store.createRun(rulesHash: nil, rulesText: nil)
        do {
            try store.insertClusters(runID: run, [cluster(1, confidence: 0.9, members: ["a"]), cluster(1, confidence: 0.8, members: ["b"])])
            Issue.record("a repeated cluster id should fail")
        } catch {
            #expect(error.code == .constraint)
            #expect(error.sql?.contains("INSERT INTO clusters") == true)
        }
        #expect(try store.clusters(runID: run) == [])
    }

    @Test("deleting a run deletes its clusters, members and pairs")
    func deleteCascades() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try makeStore(folder)
        let run = try store.createRun(rulesHash: nil, rulesText: nil)
        try store.insertClusters(runID: run, [cluster(1, confidence: 0.9, members: ["a", "b"])])
        try store.insertPairs(runID: run, [PairRow(a: "a", b: "b", probability: 0.9, matchWeight: 3)])
        try store.deleteRun(id: run)
        #expect(try store.run(id: run) == nil)
        #expect(try store.db.scalarInt("SELECT count(*) FROM clusters") == 0)
        #expect(try store.db.scalarInt("SELECT count(*) FROM cluster_members") == 0)
        #expect(try store.db.scalarInt("SELECT count(*) FROM pairs") == 0)
    }
}

extension RunRow {
    /// The row without the process that ran it (which differs from test run to test run).
    var withoutProcess: RunRow {
        var row = self
        row.processID = nil
        row.processToken = nil
        return row
    }
}
