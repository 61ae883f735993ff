import Testing
@testable import Store
import TestSupport

@Suite("Bulk writes: many writes of a run in one transaction")
struct BulkWriteTests {
    private func cluster(_ id: Int, members: [String]) -> ClusterRow {
        ClusterRow(
            clusterID: id, franchiseID: "f1", confidence: 0.995, matchWeight: 20, autoMerge: true, size: members.count,
            victorID: members[0], payload: #"{"cluster_id":\#(id)}"#,
            members: members.enumerated().map {
                ClusterMemberRow(customerID: $0.element, role: $0.offset == 0 ? ClusterMemberRow.victor : ClusterMemberRow.victim)
            })
    }

    @Test("writes inside a bulk write are stored once it commits, and readable before")
    func committedWritesStay() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let path = folder.file("tc.db")
        let store = try CustomerStore(path: path)
        let run = try store.createRun(rulesHash: nil, rulesText: nil)
        try store.beginBulkWrite()
        try store.insertPairs(runID: run, [PairRow(a: "a", b: "b", probability: 0.9, matchWeight: 5)])
        try store.insertClusters(runID: run, [cluster(1, members: ["a", "b"])])
        try store.insertClusters(runID: run, [cluster(2, members: ["c", "d", "e"])])
        #expect(try store.clusters(runID: run).count == 2)
        try store.commitBulkWrite()
        let reopened = try CustomerStore(path: path)
        #expect(try reopened.clusters(runID: run).map(\.clusterID) == [1, 2])
        #expect(try reopened.clusters(runID: run).map(\.members.count) == [2, 3])
        #expect(try reopened.pairs(runID: run).count == 1)
    }

    @Test("a write that fails inside a bulk write is undone alone; the others commit")
    func failedWriteUndoneAlone() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let run = try store.createRun(rulesHash: nil, rulesText: nil)
        try store.beginBulkWrite()
        try store.insertClusters(runID: run, [cluster(1, members: ["a", "b"])])
        // Cluster 1 again: the primary key refuses the batch, members and all.
        #expect(throws: StoreError.self) {
            try store.insertClusters(runID: run, [cluster(3, members: ["x", "y"]), cluster(1, members: ["z", "w"])])
        }
        try store.commitBulkWrite()
        let rows = try store.clusters(runID: run)
        #expect(rows.map(\.clusterID) == [1])
        #expect(rows.first?.members.map(\.customerID) == ["a", "b"])
    }

    @Test("a bulk write never committed is rolled back when the store closes")
    func uncommittedRolledBack() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let path = folder.file("tc.db")
        var run: Int64 = 0
        do {
            let store = try CustomerStore(path: path)
            run = try store.createRun(rulesHash: nil, rulesText: nil)
            try store.beginBulkWrite()
            try store.insertClusters(runID: run, [cluster(1, members: ["a", "b"])])
        }
        let reopened = try CustomerStore(path: path)
        #expect(try reopened.run(id: run) != nil)
        #expect(try reopened.clusters(runID: run).isEmpty)
    }
}
