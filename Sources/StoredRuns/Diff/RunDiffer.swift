import Resolution
import Store

/// Compares the clusters of two stored runs by their members, whatever ids the runs gave them.
///
/// Both runs' members are read in customer id order and joined like a sort-merge
/// (``MemberOverlap``), the clusters that share customers are grouped (``ClusterGroups``), and
/// each group is named (``ClusterChange``). Time grows with the runs' size (plus SQLite's sort
/// of each run's members), memory with their clusters: no customer is held, and only the
/// examples' payloads are read.
public struct RunDiffer {
    /// Examples kept per change (0: counts only).
    public var examplesPerChange: Int

    public init(examplesPerChange: Int = 3) {
        self.examplesPerChange = examplesPerChange
    }

    /// What changed from run `from` to run `to`; both must exist (their state is the caller's
    /// business: `diff` asks for finished runs).
    public func diff(_ store: CustomerStore, from: Int64, to: Int64) throws -> RunDiff {
        let before = try RunClusters.read(store, runID: from)
        let after = try RunClusters.read(store, runID: to)
        let overlap = try MemberOverlap.scan(store, before: before, after: after)
        let groups = ClusterGroups(beforeCount: before.count, afterCount: after.count, shared: overlap.shared.keys)
        let classifier = ChangeClassifier(before: before, after: after, overlap: overlap)
        var counts = Dictionary(uniqueKeysWithValues: ClusterChange.allCases.map { ($0, 0) })
        var picker = ExamplePicker(limit: examplesPerChange)
        for g in 0..<groups.count {
            let (olds, news) = groups.group(g)
            let change = classifier.change(before: olds, after: news)
            counts[change, default: 0] += 1
            picker.offer(change, ExamplePicker.Candidate(
                customers: olds.reduce(0) { $0 + Int(overlap.beforeMembers[Int($1)]) }
                    + news.reduce(0) { $0 + Int(overlap.afterMembers[Int($1)]) },
                firstClusterID: olds.first.map { before.outlines[Int($0)].clusterID }
                    ?? news.first.map { after.outlines[Int($0)].clusterID } ?? 0,
                before: olds, after: news))
        }
        var examples: [ClusterChange: [DiffExample]] = [:]
        for change in ClusterChange.allCases {
            examples[change] = try picker.chosen(change).map { try example($0, store: store, before: before, after: after) }
        }
        return RunDiff(fromRun: from, toRun: to, fromKind: try store.runKind(id: from), toKind: try store.runKind(id: to),
                       clustersBefore: before.count, clustersAfter: after.count,
                       clusteredBefore: overlap.beforeMembers.reduce(0) { $0 + Int($1) },
                       clusteredAfter: overlap.afterMembers.reduce(0) { $0 + Int($1) },
                       counts: counts, examples: examples)
    }

    /// The clusters of one chosen group with their members' names (from the stored payloads).
    private func example(_ candidate: ExamplePicker.Candidate, store: CustomerStore,
                         before: RunClusters, after: RunClusters) throws -> DiffExample {
        let olds = try candidate.before.map { try load(store, before, $0) }
        let news = try candidate.after.map { try load(store, after, $0) }
        let oldIDs = Set(olds.flatMap { $0.members.map(\.customerID) })
        let newIDs = Set(news.flatMap { $0.members.map(\.customerID) })
        return DiffExample(before: olds.map { marked($0, against: newIDs) }, after: news.map { marked($0, against: oldIDs) })
    }

    private func marked(_ cluster: DiffCluster, against other: Set<String>) -> DiffCluster {
        var cluster = cluster
        for i in cluster.members.indices { cluster.members[i].onBothSides = other.contains(cluster.members[i].customerID) }
        return cluster
    }

    private func load(_ store: CustomerStore, _ run: RunClusters, _ index: Int32) throws -> DiffCluster {
        let outline = run.outlines[Int(index)]
        guard let row = try store.cluster(runID: run.runID, clusterID: outline.clusterID) else {
            throw PipelineError("cluster \(outline.clusterID) of run \(run.runID) disappeared while it was compared",
                                hint: "another process deleted the run; run `tcdedupe diff` again")
        }
        let names = (try? StoredRun.decode(row, runID: run.runID)).map { merge in
            Dictionary(merge.members.map { ($0.customerID, Self.name($0)) }, uniquingKeysWith: { first, _ in first })
        } ?? [:]
        return DiffCluster(runID: run.runID, clusterID: outline.clusterID, confidence: outline.confidence,
                           autoMerge: outline.autoMerge, victorID: outline.victorID,
                           members: row.members.map { DiffMember(customerID: $0.customerID, name: names[$0.customerID] ?? "",
                                                                 onBothSides: false) })
    }

    private static func name(_ member: MemberSummary) -> String {
        [member.firstName, member.lastName].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
