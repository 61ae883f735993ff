import CRMModel
import Resolution
import Store
import TestSupport

/// A hand-built cluster of a fixture run: its members (victor first), confidence and verdict.
struct FixtureCluster {
    var id: Int
    var members: [String]
    var confidence = 0.97
    var autoMerge = false
    var victor: String?

    init(_ id: Int, _ members: [String], confidence: Double = 0.97, autoMerge: Bool = false, victor: String? = nil) {
        self.id = id
        self.members = members
        self.confidence = confidence
        self.autoMerge = autoMerge
        self.victor = victor
    }
}

/// A store in a scratch folder holding runs made of hand-built clusters, stored through the
/// Store API with real suggested-merge payloads (so `diff` reads names as it would in use).
struct RunFixture {
    let folder: TemporaryFolder
    let store: CustomerStore
    var path: String { folder.file("runs.sqlite") }

    init() throws {
        folder = try TemporaryFolder("tcdedupe-storedruns-tests")
        store = try CustomerStore(path: folder.file("runs.sqlite"))
    }

    /// The name every fixture customer has: "Name" and its id.
    static func name(_ id: String) -> String { "Name \(id)" }

    /// Stores a finished run of `clusters` (a dry run with `kind: .dryRun`) and returns its id.
    @discardableResult
    func run(_ clusters: [FixtureCluster], kind: RunKind = .live) throws -> Int64 {
        let id = try store.createRun(rulesHash: "fixture", rulesText: "version: 1\n")
        if kind == .dryRun { try store.markDryRun(id: id) }
        try store.insertClusters(runID: id, clusters.map(Self.row))
        try store.finishRun(id: id, summaryJSON: "{}")
        return id
    }

    private static func row(_ cluster: FixtureCluster) -> ClusterRow {
        let victor = cluster.victor ?? cluster.members[0]
        let ordered = [victor] + cluster.members.filter { $0 != victor }
        let merge = SuggestedMerge(
            clusterID: cluster.id, franchiseID: "", confidence: cluster.confidence, matchWeight: 10,
            autoMergeEligible: cluster.autoMerge, reviewReasons: [],
            plan: MergePlan(victorID: victor, victimIDs: Array(ordered.dropFirst()), body: JSONObject()),
            members: ordered.map { MemberSummary(customerID: $0, firstName: "Name", lastName: $0, phones: [], emails: []) },
            explanations: [])
        return ClusterRow(clusterID: cluster.id, franchiseID: nil, confidence: cluster.confidence, matchWeight: 10,
                          autoMerge: cluster.autoMerge, size: ordered.count, victorID: victor,
                          payload: merge.jsonValue().serialized(),
                          members: ordered.enumerated().map {
                              ClusterMemberRow(customerID: $1, role: $0 == 0 ? ClusterMemberRow.victor : ClusterMemberRow.victim)
                          })
    }
}
