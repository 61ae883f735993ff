import CRMModel
import Matching
import StoredRuns
import Support

/// What one run did: counts, bands, timings and memory, for the terminal and the store.
public struct RunSummary: Sendable {
    public var runID: Int64
    public var rulesSource: String
    public var rulesFingerprint: String
    public var threads: Int
    /// True when the run scored with m learned by EM (`statistics.weights` says which and why).
    public var trained: Bool
    public var customers: Int
    public var unreadableCustomers = 0
    public var statistics: MatchStatistics
    public var clusters = 0
    public var autoMergeClusters = 0
    /// Clusters at or above the auto-merge threshold that the guard or the size cap kept back.
    public var heldBackClusters = 0
    public var reviewClusters = 0
    /// Clusters per confidence band: (lower edge, count), highest band first.
    public var clustersByConfidence: [(floor: Double, clusters: Int)] = []
    /// Customers in suggested clusters, and how many of them would be destroyed as victims.
    public var customersInClusters = 0
    public var victims = 0
    public var reviewThreshold = 0.0
    /// The rules' `max_values_per_record`, for the capped-records line.
    public var maximumValuesPerRecord = 0
    public var autoMergeThreshold = 0.0
    public var timings: [StageTiming] = []
    public var peakMemoryBytes = 0
    /// Set when the run was incremental (see ``IncrementalRun``).
    public var incremental: IncrementalFigures?
    /// Why a `run` without `--full` still ran in full; or the run whose model a full run kept.
    public var fullRunReason: String?
    public var keptModelFrom: Int64?

    public init(runID: Int64, rulesSource: String, rulesFingerprint: String, threads: Int, trained: Bool,
                customers: Int, statistics: MatchStatistics) {
        self.runID = runID
        self.rulesSource = rulesSource
        self.rulesFingerprint = rulesFingerprint
        self.threads = threads
        self.trained = trained
        self.customers = customers
        self.statistics = statistics
    }

    /// Wall time of the top-level stages (sub-stages are parts of the one above them).
    public var totalSeconds: Double { StageTiming.totalSeconds(timings) }

    public var text: String {
        var lines: [String] = []
        lines.append("run \(runID): \(group(customers)) customers, rules \(rulesFingerprint) (\(rulesSource))")
        if let incremental { lines.append("  " + incremental.text) }
        if let fullRunReason { lines.append("  full run: " + fullRunReason) }
        if let keptModelFrom { lines.append("  model kept from run \(keptModelFrom) (m, u, prior, value counts)") }
        lines.append("  " + statistics.weights.statement)
        if unreadableCustomers > 0 { lines.append("  unreadable records skipped  \(group(unreadableCustomers))") }
        let byRule = statistics.pairsByRule.map { (rule: $0.key, pairs: $0.value) }
        lines.append("  candidate pairs        " + PairsByRuleText.text(total: statistics.candidatePairs, byRule: byRule))
        if statistics.cappedRecords > 0 {
            lines.append("  capped records         \(group(statistics.cappedRecords)) with more than \(maximumValuesPerRecord) phones or emails (only the first \(maximumValuesPerRecord) matched on)")
        }
        if statistics.oversizedBlocks > 0 {
            lines.append("  oversized blocks       \(group(statistics.oversizedBlocks)) not expanded (\(group(statistics.recordsInOversizedBlocks)) records)")
        }
        lines.append("  pairs >= review        \(group(statistics.scoredPairs))  (review threshold \(reviewThreshold), prior \(scientific(statistics.prior)))")
        lines.append("  clusters               \(group(clusters))  (\(group(customersInClusters)) customers, \(group(victims)) would be merged away)")
        lines.append("    auto-merge >= \(autoMergeThreshold)  \(group(autoMergeClusters))")
        lines.append("    held back by guard/cap \(group(heldBackClusters))")
        lines.append("    review                \(group(reviewClusters))")
        var upper = "1"
        let bands = clustersByConfidence.map { band -> String in
            defer { upper = "\(band.floor)" }
            let low = band.floor == 0 ? "\(reviewThreshold)" : "\(band.floor)"
            return "\(low)–\(upper): \(group(band.clusters))"
        }
        lines.append("    by confidence         " + bands.joined(separator: ", "))
        lines.append("  stage                  seconds   cpu")
        for t in timings {
            // Sub-stages are indented under their stage here; their names stay clean in JSON.
            let label = String(repeating: "  ", count: t.stage.depth) + t.stage.name
            lines.append("    " + pad(label, 21) + pad(fixed(t.seconds, 2), 8, left: true) + pad(fixed(t.cpuUtilisation, 1) + "x", 6, left: true))
        }
        lines.append("    " + pad("total", 21) + pad(fixed(totalSeconds, 2), 8, left: true))
        lines.append("  peak memory            \(NumberText.bytes(peakMemoryBytes))  (\(threads) thread\(threads == 1 ? "" : "s"))")
        return lines.joined(separator: "\n")
    }

    public var json: JSONValue {
        .object(JSONObject([
            "run_id": .number(String(runID)),
            "rules_source": .string(rulesSource),
            "rules_fingerprint": .string(rulesFingerprint),
            "threads": .number(String(threads)),
            "trained": .bool(trained),
            "weights": WeightsJSON.encode(statistics.weights),
            "customers": .number(String(customers)),
            "unreadable_customers": .number(String(unreadableCustomers)),
            "candidate_pairs": .number(String(statistics.candidatePairs)),
            "pairs_by_rule": .object(JSONObject(statistics.pairsByRule.sorted { $0.key < $1.key }.map {
                JSONMember(key: $0.key, value: .number(String($0.value)))
            })),
            "pairs_by_rule_note": .string(PairsByRuleText.overlapNote),
            "capped_records": .number(String(statistics.cappedRecords)),
            "max_values_per_record": .number(String(maximumValuesPerRecord)),
            "u_sample_pairs": .number(String(statistics.uSamplePairs)),
            "oversized_blocks": .number(String(statistics.oversizedBlocks)),
            "records_in_oversized_blocks": .number(String(statistics.recordsInOversizedBlocks)),
            "scored_pairs": .number(String(statistics.scoredPairs)),
            "prior": .number("\(statistics.prior)"),
            "em_iterations": .number(String(statistics.emIterations)),
            "guard_refusals": .number(String(statistics.guardRefusals)),
            "clusters": .number(String(clusters)),
            "auto_merge_clusters": .number(String(autoMergeClusters)),
            "held_back_clusters": .number(String(heldBackClusters)),
            "review_clusters": .number(String(reviewClusters)),
            "clusters_by_confidence": .array(clustersByConfidence.map { band in
                .object(JSONObject([
                    "at_least": .number("\(band.floor == 0 ? reviewThreshold : band.floor)"),
                    "clusters": .number(String(band.clusters)),
                ]))
            }),
            "customers_in_clusters": .number(String(customersInClusters)),
            "victims": .number(String(victims)),
            "review_threshold": .number("\(reviewThreshold)"),
            "auto_merge_threshold": .number("\(autoMergeThreshold)"),
            "stages": .array(timings.map { t in
                var members = [JSONMember(key: "stage", value: .string(t.stage.name))]
                if let parent = t.stage.parent { members.append(JSONMember(key: "part_of", value: .string(parent.name))) }
                members.append(JSONMember(key: "seconds", value: .number(fixed(t.seconds, 3))))
                members.append(JSONMember(key: "cpu_utilisation", value: .number(fixed(t.cpuUtilisation, 2))))
                return .object(JSONObject(members))
            }),
            "total_seconds": .number(fixed(totalSeconds, 3)),
            "peak_memory_bytes": .number(String(peakMemoryBytes)),
            "incremental": incremental?.json ?? .null,
            "full_run_reason": fullRunReason.map { .string($0) } ?? .null,
            "model_from_run": keptModelFrom.map { .number(String($0)) } ?? .null,
        ]))
    }

    public var jsonText: String { json.prettySerialized() }
}
