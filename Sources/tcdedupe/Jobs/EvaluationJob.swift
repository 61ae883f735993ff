import CRMModel
import Evaluation
import Store
import StoredRuns

/// `tcdedupe evaluate`: a stored run against ground truth.
///
/// Reports pairwise figures of the scored pairs over thresholds (the review and auto-merge
/// thresholds among them), and cluster-level figures twice: for every suggested cluster (what a
/// reviewer would approve) and for the auto-merge clusters only (what `apply --auto` would merge).
struct EvaluationJob: Sendable {
    var databasePath: String
    var runID: Int64?
    var truthPath: String

    init(databasePath: String, runID: Int64?, truthPath: String) {
        self.databasePath = databasePath
        self.runID = runID
        self.truthPath = truthPath
    }

    struct Result: Sendable {
        var runID: Int64
        var reviewThreshold: Double
        var autoMergeThreshold: Double
        /// Scored pairs and every suggested cluster.
        var suggested: EvaluationReport
        /// The auto-merge clusters only (pairwise figures of the pairs inside them).
        var autoMerge: EvaluationReport

        var text: String {
            var lines = ["run \(runID): review threshold \(reviewThreshold), auto-merge threshold \(autoMergeThreshold)", ""]
            lines.append(suggested.formatted())
            lines.append("")
            lines.append("Auto-merge clusters only (what `apply --auto` would merge):")
            let c = autoMerge.clusters
            lines.append("  clusters \(c.predictedClusters), exactly right \(c.exactClusters), over-merged \(c.overmergedClusters)")
            lines.append("  pairwise precision \(fixed(c.pairwise.precision, 4)), recall \(fixed(c.pairwise.recall, 4)), F1 \(fixed(c.pairwise.f1, 4))")
            lines.append("  B-cubed precision \(fixed(c.bcubedPrecision, 4)), recall \(fixed(c.bcubedRecall, 4)), F1 \(fixed(c.bcubedF1, 4))")
            return lines.joined(separator: "\n")
        }

        var json: JSONValue {
            func object(_ d: [String: Double]) -> JSONValue {
                .object(JSONObject(d.sorted { $0.key < $1.key }.map { JSONMember(key: $0.key, value: .number("\($0.value.isFinite ? $0.value : 0)")) }))
            }
            return .object(JSONObject([
                "run_id": .number(String(runID)),
                "review_threshold": .number("\(reviewThreshold)"),
                "auto_merge_threshold": .number("\(autoMergeThreshold)"),
                "suggested": object(suggested.dictionary),
                "auto_merge": object(autoMerge.dictionary),
            ]))
        }

        var jsonText: String { json.prettySerialized() }
    }

    func run() throws -> Result {
        let store = try CustomerStore.openExisting(databasePath, mode: .readOnly)
        let id = try StoredRun.resolveID(store, requested: runID)
        let truth = try GroundTruth(csvFile: truthPath)
        var universe = Set<String>()
        try store.forEachCustomerRaw { customerID, _ in universe.insert(customerID) }
        let (review, auto) = try thresholds(store, id)
        let pairs = try store.pairs(runID: id).map { ScoredPair($0.a, $0.b, probability: $0.probability) }
        let clusters = try store.clusters(runID: id)
        let all = clusters.map { $0.members.map(\.customerID) }
        let autoOnly = clusters.filter(\.autoMerge).map { $0.members.map(\.customerID) }
        let thresholds = Array(Set(EvaluationReport.defaultThresholds + [review, auto])).sorted()
        let evaluator = Evaluator(truth: truth)
        let suggested = try evaluator.evaluate(pairs: pairs, clusters: all, universe: universe, thresholds: thresholds)
        let autoMerge = try evaluator.evaluate(pairs: [ScoredPair](), clusters: autoOnly, universe: universe, thresholds: [auto])
        return Result(runID: id, reviewThreshold: review, autoMergeThreshold: auto, suggested: suggested, autoMerge: autoMerge)
    }

    private func thresholds(_ store: CustomerStore, _ id: Int64) throws -> (Double, Double) {
        guard let summary = try store.run(id: id)?.summary, case .object(let o) = try JSONValue(parsing: summary),
              let r = o["review_threshold"]?.scalarText.flatMap(Double.init),
              let a = o["auto_merge_threshold"]?.scalarText.flatMap(Double.init) else {
            throw PipelineError("run \(id) has no summary", hint: "re-run `tcdedupe run`")
        }
        return (r, a)
    }
}
