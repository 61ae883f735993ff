import CRMModel
import Matching
import Normalization
import Parallelism
import Resolution
import Rules
import StandingIndex
import Store
import StoredRuns
import Support

/// `tcdedupe run` without `--full`: scores only what changed since the last full run, with its
/// model, and carries the rest of its clusters over.
///
/// The base is the newest full run (or the one the newest incremental run built on). With the
/// base's model and value counts kept (``KeptModel``), a pair of two unchanged records weighs
/// what it weighed then, so only the candidate pairs the base did not compare are scored, and
/// only the connected components whose pairs changed are clustered and resolved again; the
/// base's other clusters and pairs are carried over in the store. The result is the result of
/// `run --full --model-from BASE` over the same customers (clusters, members, pair weights),
/// which the tests check.
///
/// What changed comes from the store's change log (``ChangeSet``): only the changed customers,
/// their candidates (found through the base's standing index, see ``DeltaMatch``) and the
/// members of the components they touch are read and normalized. A base made before the change
/// log, or one whose log cannot tell what it read, is built on by reading every customer and
/// comparing a digest of its raw JSON with the base's (``PreviousMatch``), as before.
///
/// It runs in full instead, and says why in one line, when there is no base to build on, the
/// rules differ from the base's, the base kept no standing state, or more than
/// ``maximumChangedShare`` of the customers changed.
public struct IncrementalRun: Sendable {
    public let databasePath: String
    public let rules: RuleSet
    public let threads: Int
    /// Whether a full run it falls back to learns m by EM (`run --no-train`).
    public let train: Bool
    /// Above this share of changed customers (of the base's), a full run is made instead.
    public var maximumChangedShare = 0.2

    public init(databasePath: String, rules: RuleSet, threads: Int, train: Bool = true) {
        self.databasePath = databasePath
        self.rules = rules
        self.threads = max(1, threads)
        self.train = train
    }

    private struct Base {
        var runID: Int64
        var state: StandingState
        var model: KeptModel
        var index: StandingIndex
    }

    public func execute(progress: (@Sendable (String) -> Void)? = nil) throws -> RunSummary {
        let store = try Workspace.openExistingStore(databasePath)
        var base: Base
        switch try findBase(store) {
        case .failure(let reason): return try full(reason.text, progress: progress)
        case .success(let found): base = found
        }
        // What changed, from the change log: only those customers and their neighbours are read.
        switch try executeFromChangeLog(store: store, baseRunID: base.runID, state: base.state, model: base.model, index: base.index,
                                        progress: progress) {
        case .success(let summary): return summary
        case .failure(let why): progress?("reading every customer: \(why.reason)")
        }
        guard let candidates = try store.standingPart(runID: base.runID, name: "candidates", as: UInt64.self) else {
            return try full("run \(base.runID) kept no standing state (an older tcdedupe made it, or a later full run replaced it)",
                            progress: progress)
        }
        base.state.candidates = candidates
        let startedAt = try store.currentTime()
        var timer = StageTimer()
        progress?("loading customers")
        let loaded = try CustomerLoader(store: store, mapping: rules.fields, threads: threads).load()
        guard !loaded.fields.isEmpty else {
            throw PipelineError("the store \(databasePath) holds no customers", hint: "import some first: tcdedupe import FILE")
        }
        timer.end(.load)

        let ids = loaded.fields.map(\.id)
        let (previousIndex, stillStored) = base.state.previousIndexes(ids: ids, digests: loaded.digests)
        var figures = IncrementalFigures(baseRunID: base.runID)
        let matchedIDs = stillStored.reduce(0) { $0 + ($1 ? 1 : 0) }
        let unchanged = previousIndex.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) }
        figures.inserted = ids.count - matchedIDs
        figures.updated = matchedIDs - unchanged
        figures.deleted = base.state.count - matchedIDs
        if Double(figures.changed) > maximumChangedShare * Double(max(base.state.count, 1)) {
            return try full("\(group(figures.changed)) of run \(base.runID)'s \(group(base.state.count)) customers changed, "
                + "more than \(Int((maximumChangedShare * 100).rounded())) %", progress: progress)
        }
        progress?("\(group(figures.changed)) customers changed since run \(base.runID); normalizing \(group(ids.count))")
        let setup = NormalizationSetup(rules.normalization)
        let inputs = ParallelChunks.mapElements(loaded.fields, threads: threads, NormalizationSetup.input)
        let normalized = CustomerNormalizer(options: setup.options).normalize(inputs, learned: base.model.learned)
        timer.end(.normalize)

        let previous = PreviousMatch(previousIndex: previousIndex, previousCount: base.state.count,
                                     candidates: base.state.candidates, pairs: base.state.pairs)
        var options = Matcher.Options(threads: threads, train: false, progress: progress)
        options.cannotLinks = try RunPins.cannotLinks(store, ids: ids)
        let matched = Matcher(settings: rules.matching).match(
            normalized, keeping: base.model.model, frequencies: base.model.frequencies, previous: previous, options: options)
        let result = matched.result
        timer.end(.match)
        figures.rescoredPairs = matched.scoredCandidates
        figures.keptPairs = matched.keptPairs
        figures.rebuiltRecords = matched.rebuiltRecords.count
        figures.rebuiltClusters = result.clusters.count

        progress?("resolving \(group(result.clusters.count)) rebuilt clusters")
        var resolveTime = StageTimer.Accumulator(), storeTime = StageTimer.Accumulator()
        var suggester = MergeSuggester(records: loaded.raw, fields: loaded.fields, normalized: normalized,
                                       resolver: Resolver(rules: rules.resolution), emails: setup.emailNormalizer, ids: ids)
        suggester.firstNumber = try store.highestClusterID(runID: base.runID) + 1
        let runID = try storeTime.measure {
            try store.createRun(rulesHash: rules.fingerprint, rulesText: rules.text, trainedModel: base.model.trainedModel,
                                scoringModel: base.model.scoringModel, startedAt: startedAt)
        }
        let writer = SerialWorker(label: "tcdedupe.run.store")
        let sharedStore = UncheckedSendable(store)
        defer { try? writer.finish() }
        // Only the pairs of re-clustered records are stored; the base's others are carried below.
        var rebuilt = [Bool](repeating: false, count: ids.count)
        for k in matched.rebuiltRecords { rebuilt[k] = true }
        let pairs = resolveTime.measure {
            result.pairs.filter { rebuilt[Int($0.a)] || rebuilt[Int($0.b)] }.map {
                PairRow(a: ids[Int($0.a)], b: ids[Int($0.b)], probability: $0.probability, matchWeight: $0.weight)
            }
        }
        writer.submit { try sharedStore.value.insertPairs(runID: runID, pairs) }
        for start in stride(from: 0, to: result.clusters.count, by: BatchRun.clustersPerBatch) {
            let range = start..<min(start + BatchRun.clustersPerBatch, result.clusters.count)
            let rows = try resolveTime.measure { try suggester.rows(range, of: result, threads: threads) }
            writer.submit { try sharedStore.value.insertClusters(runID: runID, rows) }
        }
        try storeTime.measure { try writer.finish() }
        timer.record(.resolve, resolveTime)

        // The base's clusters and pairs that hold none of the records re-clustered, and none
        // gone, are the ones a full run would make again: carried over, not resolved.
        progress?("carrying over the unchanged clusters of run \(base.runID)")
        var touched = matched.rebuiltRecords.map { ids[$0] }
        for k in 0..<base.state.count where !stillStored[k] { touched.append(base.state.id(k)) }
        var counts = ClusterCounts(autoMergeThreshold: rules.matching.autoMergeThreshold)
        try storeTime.measure {
            try store.carryPairs(from: base.runID, to: runID, exceptTouching: touched, counting: false)
            figures.carriedClusters = try store.carryClusters(from: base.runID, to: runID, exceptHolding: touched)
            try store.recordRunBase(runID: runID, baseRunID: base.runID, kind: "incremental")
            try store.forEachClusterBand(runID: runID) { counts.add(confidence: $0, autoMerge: $1, size: $2) }
        }
        // Approvals of the previous run that still hold become this run's, as after a full run.
        _ = try storeTime.measure { try DecisionCarrier(store: store).carry(into: runID) }
        timer.record(.store, storeTime)
        timer.restart()

        var statistics = result.statistics
        statistics.weights = base.model.weights
        var summary = BatchRun(databasePath: databasePath, rules: rules, threads: threads)
            .makeSummary(runID: runID, customers: ids.count, unreadable: loaded.unreadable.count, statistics: statistics,
                         counts: counts, timings: timer.timings)
        summary.incremental = figures
        try store.finishRun(id: runID, summaryJSON: summary.json.serialized())
        return summary
    }

    func full(_ reason: String, progress: (@Sendable (String) -> Void)?) throws -> RunSummary {
        progress?("full run: \(reason)")
        var run = BatchRun(databasePath: databasePath, rules: rules, threads: threads, train: train)
        run.fullRunReason = reason
        return try run.execute(progress: progress)
    }

    private struct NoBase: Error {
        var text: String
    }

    /// The run to build on, or why there is none.
    private func findBase(_ store: CustomerStore) throws -> Result<Base, NoBase> {
        guard let latest = try store.latestRunID(finishedOnly: true) else {
            return .failure(NoBase(text: "no earlier run to build on"))
        }
        var baseID = latest
        if let built = try store.runBase(runID: latest), built.kind == "incremental" { baseID = built.baseRunID }
        guard let run = try store.run(id: baseID), run.finishedAt != nil else {
            return .failure(NoBase(text: "run \(baseID), which the last run built on, is gone"))
        }
        guard run.rulesHash == rules.fingerprint else {
            return .failure(NoBase(text: "the rules differ from those of run \(baseID)"))
        }
        guard let state = try StandingState.load(store: store, runID: baseID, candidates: false) else {
            return .failure(NoBase(text: "run \(baseID) kept no standing state (an older tcdedupe made it, or a later full run replaced it)"))
        }
        let model: KeptModel, index: StandingIndex
        do {
            index = try StandingIndex.open(store: store, runID: baseID)
            model = try KeptModel.load(store: store, runID: baseID, index: index)
        } catch {
            return .failure(NoBase(text: ErrorText.oneLine(error)))
        }
        return .success(Base(runID: baseID, state: state, model: model, index: index))
    }
}
