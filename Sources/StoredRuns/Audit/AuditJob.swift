import CRMModel
import Store

/// `tcdedupe audit`: draws (or extends) the seeded uniform sample of a run's auto-merge
/// clusters and lists it with the verdicts so far.
///
/// Drawing is idempotent: the sample is stored (`audit_samples`), the same seed gives the same
/// clusters, and a larger `--sample` adds the next clusters of the same seeded order, so the
/// verdicts already given stay part of a uniform sample. A different seed on a run that has a
/// sample is refused: mixing two orders would no longer be one uniform sample.
public struct AuditJob: Sendable {
    public var databasePath: String
    public var runID: Int64?
    /// How many clusters the sample should hold (it never shrinks).
    public var sampleSize: Int
    /// Nil: the seed of the run's sample, or a fresh random one for a first draw.
    public var seed: UInt64?

    public init(databasePath: String, runID: Int64?, sampleSize: Int, seed: UInt64?) {
        self.databasePath = databasePath
        self.runID = runID
        self.sampleSize = sampleSize
        self.seed = seed
    }

    public struct Result: Sendable {
        public var runID: Int64
        public var seed: UInt64
        /// Auto-merge clusters of the run (the population sampled).
        public var population: Int
        /// Clusters this call added to the sample.
        public var added: Int
        public var clusters: [AuditedCluster]
        public var estimate: AuditEstimate

        /// The sample as a JSON array, one object per cluster.
        public var json: JSONValue { .array(clusters.map(\.json)) }

        public var text: String {
            var lines = ["audit sample of run \(runID): \(group(clusters.count)) of \(group(population)) auto-merge clusters "
                + "(seed \(seed)\(added > 0 ? ", \(group(added)) just drawn" : "")); judge each with "
                + "`tcdedupe decide --cluster ID approve` (correct) or `reject` (wrong merge; apply --auto then leaves it out)"]
            for c in clusters {
                lines.append("  cluster \(c.clusterID)  confidence \(fixed(c.confidence, 4))  \(c.verdict ?? "not judged")  "
                    + c.members.joined(separator: " "))
            }
            lines.append(estimate.text)
            return lines.joined(separator: "\n")
        }
    }

    public func run() throws -> Result {
        guard sampleSize >= 1 else { throw PipelineError("--sample must be at least 1") }
        let store = try CustomerStore.openExisting(databasePath)
        let id = try StoredRun.resolveID(store, requested: runID)
        let existing = try store.auditSample(runID: id)
        let storedSeed = existing.first?.seed
        if let seed, let storedSeed, seed != storedSeed {
            throw PipelineError("run \(id)'s audit sample was drawn with seed \(storedSeed), not \(seed)",
                                hint: "pass --seed \(storedSeed) (or no --seed) to extend it: one seed keeps it one uniform sample")
        }
        let seed = seed ?? storedSeed ?? UInt64.random(in: 1...UInt64(UInt32.max))
        let population = try store.autoMergeClusterIDs(runID: id)
        var added = 0
        if existing.count < sampleSize && existing.count < population.count {
            let wanted = Array(AuditOrder.ordered(population, seed: seed).prefix(sampleSize))
            let have = Set(existing.map(\.clusterID))
            let fresh = wanted.filter { !have.contains($0) }
            try store.addToAuditSample(runID: id, clusterIDs: fresh, firstPosition: (existing.map(\.position).max() ?? 0) + 1, seed: seed)
            added = fresh.count
        }
        var clusters: [AuditedCluster] = []
        for row in try store.auditSample(runID: id) {
            guard let cluster = try store.cluster(runID: id, clusterID: row.clusterID) else { continue }
            let decision = try store.decision(runID: id, clusterID: row.clusterID)
            clusters.append(AuditedCluster(clusterID: row.clusterID, position: row.position, confidence: cluster.confidence,
                                           members: cluster.members.map(\.customerID),
                                           verdict: decision?.verdict.rawValue, reviewer: decision?.reviewer))
        }
        return Result(runID: id, seed: seed, population: population.count, added: added, clusters: clusters,
                      estimate: try AuditEstimate.read(store, runID: id))
    }
}
