import CRMModel
import Matching
import Normalization
import Resolution
import StandingIndex
import Store
import StoredRuns
import Support

extension IncrementalRun {
    /// The incremental run over what the change log says changed (see ``ChangeSet`` and
    /// ``DeltaMatch``): reads, normalizes, scores and clusters only the changed customers, their
    /// candidates and the components they are part of. Nil, with the reason, when the change log
    /// cannot tell what changed since the base (the caller then reads every customer).
    func executeFromChangeLog(store: CustomerStore, baseRunID: Int64, state: StandingState, model: KeptModel, index: StandingIndex,
                              progress: (@Sendable (String) -> Void)?) throws -> Result<RunSummary, ChangeSet.Unreadable> {
        let startedAt = try store.currentTime()
        var loadTime = StageTimer.Accumulator(), matchTime = StageTimer.Accumulator()
        var resolveTime = StageTimer.Accumulator(), storeTime = StageTimer.Accumulator()
        progress?("reading what changed since run \(baseRunID)")
        let changes: ChangeSet
        // What the change log holds now: `match` counts the changes after it as not in the overlay.
        let overlayPosition = try store.changeLogPosition()
        switch try loadTime.measure({ try ChangeSet.read(store: store, state: state, baseRunID: baseRunID) }) {
        case .failure(let why): return .failure(why)
        case .success(let read): changes = read
        }
        var figures = IncrementalFigures(baseRunID: baseRunID)
        figures.inserted = changes.inserted
        figures.updated = changes.updated
        figures.deleted = changes.deleted
        let customers = state.count + changes.inserted - changes.deleted
        guard customers > 0 else {
            throw PipelineError("the store \(databasePath) holds no customers", hint: "import some first: tcdedupe import FILE")
        }
        if Double(figures.changed) > maximumChangedShare * Double(max(state.count, 1)) {
            return .success(try full("\(group(figures.changed)) of run \(baseRunID)'s \(group(state.count)) customers changed, "
                + "more than \(Int((maximumChangedShare * 100).rounded())) %", progress: progress))
        }
        let pins = try loadTime.measure { try store.livePins() }

        progress?("\(group(figures.changed)) customers changed since run \(baseRunID)")
        let setup = NormalizationSetup(rules.normalization)
        let records = DeltaRecords(store: store, state: state, changes: changes, mapping: rules.fields,
                                   normalizer: CustomerNormalizer(options: setup.options), learned: model.learned)
        // The base's candidates, to count the run's own (the summary's candidate pairs).
        let baseCandidates = try loadTime.measure { try store.standingPart(runID: baseRunID, name: "candidates", as: UInt64.self) ?? [] }
        let matched = try matchTime.measure {
            try DeltaMatch(records: records, index: index, matcher: Matcher(settings: rules.matching), model: model,
                           threads: threads).run(pins: pins, baseCandidates: baseCandidates, progress: progress)
        }
        let result = matched.result
        figures.rescoredPairs = matched.scoredCandidates
        figures.keptPairs = matched.keptPairs
        figures.rebuiltRecords = matched.rebuiltIDs.count
        figures.rebuiltClusters = result.clusters.count

        progress?("resolving \(group(result.clusters.count)) rebuilt clusters")
        let ids = matched.rebuiltIDs
        let rebuilt = matched.rebuiltNodes.map { records.records[$0]! }
        let raw = try resolveTime.measure { try Self.spill(rebuilt.map(\.raw), near: store.path) }
        var suggester = MergeSuggester(records: raw, fields: rebuilt.map(\.fields),
                                       normalized: rebuilt.map(\.normalized), resolver: Resolver(rules: rules.resolution),
                                       emails: setup.emailNormalizer, ids: ids)
        suggester.firstNumber = try store.highestClusterID(runID: baseRunID) + 1
        let runID = try storeTime.measure {
            try store.createRun(rulesHash: rules.fingerprint, rulesText: rules.text, trainedModel: model.trainedModel,
                                scoringModel: model.scoringModel, startedAt: startedAt)
        }
        let pairs = result.pairs.map {
            PairRow(a: ids[Int($0.a)], b: ids[Int($0.b)], probability: $0.probability, matchWeight: $0.weight)
        }
        try storeTime.measure { try store.insertPairs(runID: runID, pairs) }
        for start in stride(from: 0, to: result.clusters.count, by: BatchRun.clustersPerBatch) {
            let range = start..<min(start + BatchRun.clustersPerBatch, result.clusters.count)
            let rows = try resolveTime.measure { try suggester.rows(range, of: result, threads: threads) }
            try storeTime.measure { try store.insertClusters(runID: runID, rows) }
        }

        // The base's clusters and pairs that hold none of the records rebuilt, and none gone,
        // are the ones a full run would make again: carried over, not resolved.
        progress?("carrying over the unchanged clusters of run \(baseRunID)")
        let touched = ids + changes.goneIDs + records.unreadable
        var counts = ClusterCounts(autoMergeThreshold: rules.matching.autoMergeThreshold)
        try storeTime.measure {
            try store.carryPairs(from: baseRunID, to: runID, exceptTouching: touched, counting: false)
            figures.carriedClusters = try store.carryClusters(from: baseRunID, to: runID, exceptHolding: touched)
            try store.recordRunBase(runID: runID, baseRunID: baseRunID, kind: "incremental")
            try matched.overlay.write(to: store, baseRunID: baseRunID, runID: runID, changePosition: overlayPosition)
            try store.forEachClusterBand(runID: runID) { counts.add(confidence: $0, autoMerge: $1, size: $2) }
        }
        _ = try storeTime.measure { try DecisionCarrier(store: store).carry(into: runID) }
        // Reading and normalizing happened inside matching, as records were first needed: each
        // stage is reported as what it was.
        let read = records.readTime, normalize = records.normalizeTime
        let timings = [
            Self.timing(.load, loadTime.seconds + read.seconds, cpu: loadTime.cpuSeconds + read.cpuSeconds),
            Self.timing(.normalize, normalize.seconds, cpu: normalize.cpuSeconds),
            Self.timing(.match, matchTime.seconds - read.seconds - normalize.seconds,
                        cpu: matchTime.cpuSeconds - read.cpuSeconds - normalize.cpuSeconds),
            Self.timing(.resolve, resolveTime.seconds, cpu: resolveTime.cpuSeconds),
            Self.timing(.store, storeTime.seconds, cpu: storeTime.cpuSeconds),
        ]

        var statistics = result.statistics
        statistics.weights = model.weights
        var summary = BatchRun(databasePath: databasePath, rules: rules, threads: threads)
            .makeSummary(runID: runID, customers: customers - records.unreadable.count, unreadable: records.unreadable.count,
                         statistics: statistics, counts: counts, timings: timings)
        summary.incremental = figures
        try store.finishRun(id: runID, summaryJSON: summary.json.serialized())
        return .success(summary)
    }

    private static func timing(_ stage: Stage, _ seconds: Double, cpu: Double) -> StageTiming {
        StageTiming(stage: stage, seconds: max(seconds, 0), cpuUtilisation: seconds > 0 ? max(cpu, 0) / seconds : 0)
    }

    /// The raw JSON of the rebuilt records in a scratch file, as a full run's loader keeps it.
    private static func spill(_ raws: [String], near path: String) throws -> RawRecords {
        let spill = try SpillFile(nearDatabase: path, purpose: "run")
        var starts: [Int] = [], lengths: [Int32] = []
        for var raw in raws {
            starts.append(spill.size)
            lengths.append(Int32(raw.utf8.count))
            try raw.withUTF8 { try spill.append(UnsafeRawBufferPointer($0)) }
        }
        try spill.flushForReading()
        return RawRecords(file: spill, starts: starts, lengths: lengths)
    }
}
