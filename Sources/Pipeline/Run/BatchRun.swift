import CRMModel
import Matching
import Normalization
import Resolution
import Rules
import StandingIndex
import Parallelism
import Store
import StoredRuns
import Support

/// A batch dedupe run over everything in the store: load → normalize → match → resolve → store.
///
/// A value: the settings of one run, with no identity to share. It was a class for a while, to
/// dodge a crash of the optimised build ("a retain of a garbage pointer read from the struct's
/// stack copy") that nobody could reproduce. Rebuilt as a struct, the release build ran clean
/// at 10k and 100k customers on 1–8 threads, with and without `--train`, and every unsafe-pointer
/// site on the run's path was audited; the commit that made it a struct again lists what was
/// tried. Copying it costs a retain per array and string in the rules, nothing more.
public struct BatchRun: Sendable {
    public let databasePath: String
    public let rules: RuleSet
    public let threads: Int
    /// Learn m by EM (the default; `run --no-train` turns it off). The run still keeps the
    /// rules' m, and says why, when the base is too small or EM does not converge.
    public let train: Bool
    /// Score with this earlier run's model instead of estimating one (`run --full --model-from`).
    public var keptModel: KeptModel?
    /// Why a `run` that would have been incremental runs in full (said in the summary).
    public var fullRunReason: String?
    /// `.dryRun` (`run --dry-run`): stored as a dry run, which no "latest run" query picks.
    public var kind: RunKind = .live

    public init(databasePath: String, rules: RuleSet, threads: Int, train: Bool = true) {
        self.databasePath = databasePath
        self.rules = rules
        self.threads = max(1, threads)
        self.train = train
    }

    /// Clusters resolved and stored per batch: bounds the memory the payloads take.
    static let clustersPerBatch = 16_384
    /// Batches stored per transaction: fewer commits write the indexes' pages fewer times, and the
    /// log stays a few hundred megabytes at most.
    static let batchesPerCommit = 4

    public func execute(progress: (@Sendable (String) -> Void)? = nil) throws -> RunSummary {
        let store = try Workspace.openExistingStore(databasePath)
        // The run's row is created only once its model is known (after matching); its start is
        // taken now, or `status` would show the span of the last stages as the run's length.
        let startedAt = try store.currentTime()
        var timer = StageTimer()
        // Where the change log stands as the customers are read: the next incremental run reads what changed since.
        let changePosition = kind == .live ? try store.startChangeLog() : nil
        progress?("loading customers")
        var loaded = try CustomerLoader(store: store, mapping: rules.fields, threads: threads).load()
        guard !loaded.fields.isEmpty else {
            throw PipelineError("the store \(databasePath) holds no customers", hint: "import some first: tcdedupe import FILE")
        }
        timer.end(.load)

        progress?("normalizing \(group(loaded.fields.count)) customers")
        let setup = NormalizationSetup(rules.normalization)
        let inputs = ParallelChunks.mapElements(loaded.fields, threads: threads, NormalizationSetup.input)
        let ids = loaded.fields.map(\.id)
        // Resolving reads the fields of cluster members again from their raw records (see
        // ``MergeSuggester/reader``): the fields of every record are not held through matching.
        let fields = loaded.fields
        loaded.fields = []
        BackgroundRelease.release(fields)
        // A kept model keeps what normalization learned from its base too (see ``KeptModel``).
        let (normalized, learned) = keptModel.map { (CustomerNormalizer(options: setup.options).normalize(inputs, learned: $0.learned), $0.learned) }
            ?? CustomerNormalizer(options: setup.options).normalizeLearning(inputs)
        timer.end(.normalize)

        var options = Matcher.Options(threads: threads, train: train, progress: progress)
        options.cannotLinks = try RunPins.cannotLinks(store, ids: ids)
        let matcher = Matcher(settings: rules.matching)
        let result = keptModel.map { matcher.match(normalized, keeping: $0.model, frequencies: $0.frequencies, options: options).result }
            ?? matcher.match(normalized, options: options)
        timer.end(.match)

        progress?("resolving \(group(result.clusters.count)) clusters")
        var resolveTime = StageTimer.Accumulator(), storeTime = StageTimer.Accumulator()
        var suggester = MergeSuggester(records: loaded.raw, fields: [], normalized: normalized,
                                       resolver: Resolver(rules: rules.resolution), emails: setup.emailNormalizer, ids: ids)
        suggester.reader = FieldReader(rules.fields)
        // The run is created first and its clusters stored batch by batch; until `finishRun`
        // it is unfinished, and reports and `apply` only read finished runs.
        let runID = try storeTime.measure {
            try store.createRun(rulesHash: rules.fingerprint, rulesText: rules.text,
                                trainedModel: keptModel.map(\.trainedModel)
                                    ?? (result.statistics.weights.isLearned ? ModelJSON.encode(result.model) : nil),
                                scoringModel: keptModel?.scoringModel ?? ModelJSON.encode(result.model), startedAt: startedAt)
        }
        if kind == .dryRun { try store.markDryRun(id: runID) }
        // One connection writes while the cores resolve the next batch: the writer is
        // one-threaded, and taking turns left a core idle for most of the store time.
        var counts = ClusterCounts(autoMergeThreshold: rules.matching.autoMergeThreshold)
        let writer = SerialWorker(label: "tcdedupe.run.store")
        let sharedStore = UncheckedSendable(store)
        // Should resolving throw, the writer still finishes with the connection before it closes.
        defer { try? writer.finish() }
        let pairs = resolveTime.measure {
            result.pairs.map {
                PairRow(a: ids[Int($0.a)], b: ids[Int($0.b)], probability: $0.probability, matchWeight: $0.weight)
            }
        }
        // The writes go in a few large transactions, not one per batch (see
        // ``CustomerStore/beginBulkWrite()``): a commit every `batchesPerCommit` batches.
        writer.submit { try sharedStore.value.beginBulkWrite() }
        // The scored pairs go first: the writer stores them while the first batch is resolved.
        writer.submit { try sharedStore.value.insertPairs(runID: runID, pairs) }
        // What the incremental runs after this one build on, written while clusters are resolved.
        // A dry run writes neither: the next run and `match` keep building on the live run.
        let digests = loaded.digests
        if kind == .live {
            writer.submit { try StandingState.save(store: sharedStore.value, runID: runID, ids: ids, digests: digests, result: result,
                                                          changePosition: changePosition) }
        }
        for (n, start) in stride(from: 0, to: result.clusters.count, by: Self.clustersPerBatch).enumerated() {
            let range = start..<min(start + Self.clustersPerBatch, result.clusters.count)
            let rows = try resolveTime.measure { try suggester.rows(range, of: result, threads: threads) }
            counts.add(rows)
            let commit = (n + 1) % Self.batchesPerCommit == 0
            // Waiting here for room in the writer's queue is store time too.
            storeTime.measure {
                writer.submit {
                    try sharedStore.value.insertClusters(runID: runID, rows)
                    if commit {
                        try sharedStore.value.commitBulkWrite()
                        try sharedStore.value.beginBulkWrite()
                    }
                }
            }
        }
        writer.submit { try sharedStore.value.commitBulkWrite() }
        // "resolve" includes the writes that overlapped it; "store" is the time spent waiting for
        // the writer: for room in its queue, and for what it still had to do after the last batch.
        try storeTime.measure { try writer.finish() }
        // Approvals of the previous run that still hold become this run's (pins need nothing here).
        _ = try storeTime.measure { try DecisionCarrier(store: store).carry(into: runID) }
        // Freeing the records took this thread seconds (see ``BackgroundRelease``).
        BackgroundRelease.release(suggester)
        timer.record(.resolve, resolveTime)
        timer.record(.store, storeTime)
        timer.restart()

        // The standing index (for `match` and incremental runs): keys, statistics, what
        // normalization learned. Stored before the run finishes, so a finished run has one.
        if kind == .live {
            progress?("writing the standing index")
            try StandingIndexData(runID: runID, result: result, rules: rules.matching.blockingRules, customerIDs: ids, learned: learned,
                                  threads: threads).write(to: store)
            timer.end(.standingIndex)
        }

        var statistics = result.statistics
        if let keptModel {
            statistics.weights = keptModel.weights
            try store.recordRunBase(runID: runID, baseRunID: keptModel.runID, kind: "kept_model")
        }
        var summary = makeSummary(runID: runID, customers: ids.count, unreadable: loaded.unreadable.count,
                                  statistics: statistics, counts: counts, timings: timer.timings)
        summary.keptModelFrom = keptModel?.runID
        summary.fullRunReason = fullRunReason
        try store.finishRun(id: runID, summaryJSON: summary.json.serialized())
        BackgroundRelease.release((loaded, result))
        return summary
    }

    /// The summary of a finished run; the matcher's own stages are listed under "match".
    func makeSummary(runID: Int64, customers: Int, unreadable: Int, statistics: MatchStatistics,
                             counts: ClusterCounts, timings: [StageTiming]) -> RunSummary {
        var stages: [StageTiming] = []
        for t in timings {
            stages.append(t)
            if t.stage == .match {
                // Sub-stages of match: the total does not count them twice.
                stages.append(contentsOf: statistics.stageSeconds)
            }
        }
        var summary = RunSummary(runID: runID, rulesSource: rules.source, rulesFingerprint: rules.fingerprint,
                                 threads: threads, trained: statistics.weights.isLearned, customers: customers, statistics: statistics)
        summary.unreadableCustomers = unreadable
        summary.clusters = counts.clusters
        summary.autoMergeClusters = counts.autoMerge
        summary.heldBackClusters = counts.heldBack
        summary.reviewClusters = counts.clusters - counts.autoMerge - counts.heldBack
        summary.clustersByConfidence = zip(ClusterCounts.bandFloors, counts.byBand).map { ($0, $1) }
        summary.customersInClusters = counts.customers
        summary.victims = counts.customers - counts.clusters
        summary.reviewThreshold = rules.matching.reviewThreshold
        summary.maximumValuesPerRecord = rules.matching.maximumValuesPerRecord
        summary.autoMergeThreshold = rules.matching.autoMergeThreshold
        summary.timings = stages
        summary.peakMemoryBytes = ResourceUsage.peakResidentBytes()
        return summary
    }
}
