import Normalization
import Support

/// The matching stage: records in, scored pairs and clusters out.
///
/// Knows nothing of HTTP, SQLite or JSON, so it can be tested and benchmarked alone. The stages
/// are: build the record table → block → estimate u from random pairs → score every candidate
/// in parallel → learn the m probabilities by EM (with `train`) → estimate the prior → keep the
/// pairs at or above the review threshold → cluster with the over-merge guard.
public struct Matcher: Sendable {
    public var settings: MatchingSettings

    public init(settings: MatchingSettings) {
        self.settings = settings
    }

    /// Options of one run.
    public struct Options: Sendable {
        public var threads: Int
        /// Learn the m probabilities from the data by EM before the final scoring (when the
        /// rules' `training.enabled` allows; see ``WeightTrainer`` for when it keeps the rules' m).
        /// `tcdedupe run` trains unless `--no-train`.
        public var train: Bool
        /// Called at the start of each stage with its name (for progress lines).
        public var progress: (@Sendable (String) -> Void)?
        /// "Never merge" pins by record index: the clusterer refuses every union they forbid.
        public var cannotLinks = CannotLinks()

        public init(threads: Int = 2, train: Bool = false, progress: (@Sendable (String) -> Void)? = nil) {
            self.threads = max(1, threads)
            self.train = train
            self.progress = progress
        }
    }

    /// Runs every stage over `customers` (indexes into this array identify records in the result).
    public func match(_ customers: [NormalizedCustomer], options: Options = Options()) -> MatchResult {
        var statistics = MatchStatistics()
        statistics.records = customers.count
        var timer = StageTimer()
        func endStage(_ stage: Stage) {
            statistics.stageSeconds.append(timer.end(stage))
        }

        let (table, candidates) = indexAndBlock(customers, options: options, statistics: &statistics, timer: &timer)

        let sample = UEstimator.sampleSize(requested: settings.uSampleSize, records: table.count)
        statistics.uSamplePairs = sample
        let uLabel = "estimating u from \(NumberText.grouped(sample)) random pairs"
        options.progress?(uLabel)
        var model = initialModel()
        let provisional = comparer(table, model)
        let u = UEstimator.estimate(comparer: provisional, sampleSize: sample, seed: settings.seed, threads: options.threads,
                                    progress: ChunkProgress(uLabel, total: sample, report: options.progress))
        for c in model.comparisons.indices {
            for l in model.comparisons[c].levels.indices where settings.comparisons[c].levels[l].u == nil {
                model.comparisons[c].levels[l].u = u[c][l]
            }
        }
        endStage(.estimateU)

        let scoreLabel = "scoring \(NumberText.grouped(candidates.count)) candidate pairs"
        options.progress?(scoreLabel)
        var scored = CandidateScorer.score(candidates, comparer: comparer(table, model), threads: options.threads,
                                           progress: ChunkProgress(scoreLabel, total: candidates.count, report: options.progress))
        endStage(.score)

        if options.train && settings.training.enabled {
            options.progress?("training m probabilities (EM)")
            let outcome = WeightTrainer(settings: settings).train(model, scored, threads: options.threads)
            if case .learned(let iterations, _) = outcome.source {
                scored = scored.reweighted(from: model, to: outcome.model, threads: options.threads)
                model = outcome.model
                statistics.emIterations = iterations
            }
            statistics.weights = outcome.source
            endStage(.train)
        } else {
            statistics.weights = .ruleDefaults(reason: options.train ? "training.enabled is false in the rules" : "--no-train")
        }

        switch settings.prior {
        case .fixed(let p): model.prior = p
        case .estimate:
            model.prior = scored.histogram.estimate(totalPairs: Self.withinFranchisePairs(table), initial: 1 / Double(max(table.count, 2)))
        }
        statistics.prior = model.prior

        let final = comparer(table, model)
        if statistics.weights.isLearned {
            scored = scored.weighedDirectly(near: ScoringModel.weight(probability: settings.reviewThreshold) - model.priorWeight,
                                            candidates: candidates, comparer: final, threads: options.threads)
        }
        let pairs = scored.pairs(atOrAbove: settings.reviewThreshold, priorWeight: model.priorWeight, candidates: candidates)
        statistics.scoredPairs = pairs.count
        endStage(.threshold)

        options.progress?("clustering \(pairs.count) pairs")
        var clusterer = clusterer(final)
        clusterer.cannotLinks = options.cannotLinks
        let (clusters, refusals) = clusterer.cluster(pairs, recordCount: table.count)
        statistics.guardRefusals = refusals
        endStage(.cluster)

        var result = MatchResult(model: model, pairs: pairs, clusters: clusters, statistics: statistics, comparer: final)
        result.candidates = candidates.packed
        return result
    }

    /// The two stages every match starts with: the record table (its value counts frozen to an
    /// earlier run's when `frozen` is given) and the candidate pairs, with their statistics.
    func indexAndBlock(_ customers: [NormalizedCustomer], options: Options, frozen: FrozenFrequencies? = nil,
                       statistics: inout MatchStatistics, timer: inout StageTimer) -> (RecordTable, CandidatePairs) {
        options.progress?("indexing \(NumberText.grouped(customers.count)) records")
        var table = RecordTable(customers, threads: options.threads, extraTextFields: settings.mappedTextFields,
                                valuesPerRecord: settings.maximumValuesPerRecord)
        if let frozen { table = table.withFrozenFrequencies(frozen) }
        statistics.cappedRecords = table.cappedRecords
        statistics.stageSeconds.append(timer.end(.index))

        options.progress?("blocking")
        let candidates = CandidatePairs.block(table, rules: settings.blockingRules, threads: options.threads)
        statistics.candidatePairs = candidates.count
        statistics.pairsByRule = Dictionary(candidates.pairsByRule.map { ($0.rule, $0.pairs) }, uniquingKeysWith: +)
        statistics.oversizedBlocks = candidates.oversizedBlocks
        statistics.recordsInOversizedBlocks = candidates.recordsInOversizedBlocks
        statistics.stageSeconds.append(timer.end(.block))
        return (table, candidates)
    }

    /// The clusterer of these settings: the over-merge guard and the auto-merge conditions.
    ///
    /// The guard weighs person evidence (`auto_merge_evidence_min_weight`) with the rules' m and
    /// the run's u, learned m or not: which levels count as "exact or typo-close" is a rule, and
    /// training must not move a level across that line and loosen auto-merge on one base.
    func clusterer(_ comparer: PairComparer) -> Clusterer {
        var ruleWeights = comparer.model
        for c in ruleWeights.comparisons.indices where c < settings.comparisons.count {
            for l in ruleWeights.comparisons[c].levels.indices where l < settings.comparisons[c].levels.count {
                ruleWeights.comparisons[c].levels[l].m = settings.comparisons[c].levels[l].m
            }
        }
        let guardComparer = ruleWeights == comparer.model ? comparer : PairComparer(
            table: comparer.table, specs: settings.comparisons, model: ruleWeights, allowSwappedNames: settings.allowSwappedNames,
            termFrequencyMinimum: settings.termFrequencyMinimum, useTermFrequencies: comparer.useTermFrequencies)
        return Clusterer(comparer: guardComparer, rules: settings.contradictions,
                  autoMergeThreshold: settings.autoMergeThreshold,
                  maximumAutoMergeClusterSize: settings.maximumAutoMergeClusterSize,
                  personEvidence: indexes(of: settings.autoMergeEvidence),
                  personEvidenceMinimumWeight: settings.autoMergeEvidenceMinimumWeight,
                  vetoes: indexes(of: settings.autoMergeVetoes))
    }

    private func indexes(of names: [String]) -> [Int] {
        names.compactMap { name in settings.comparisons.firstIndex { $0.name == name } }
    }

    private func comparer(_ table: RecordTable, _ model: ScoringModel) -> PairComparer {
        PairComparer(table: table, specs: settings.comparisons, model: model,
                     allowSwappedNames: settings.allowSwappedNames, termFrequencyMinimum: settings.termFrequencyMinimum)
    }

    /// The model before anything is estimated: m from the rules; u from the rules or a rough
    /// default (the first level rare, the last common) used only to pick name orientation
    /// while u is sampled.
    func initialModel() -> ScoringModel {
        let comparisons = settings.comparisons.map { spec in
            ScoringModel.Comparison(name: spec.name, levels: spec.levels.enumerated().map { k, level in
                let roughU = k == spec.levels.count - 1 ? 0.95 : 0.01
                return ScoringModel.Level(label: level.label, m: level.m, u: level.u ?? roughU,
                                          termFrequencyAdjusted: level.termFrequencyAdjusted)
            })
        }
        let prior: Double
        if case .fixed(let p) = settings.prior { prior = p } else { prior = 1e-5 }
        return ScoringModel(comparisons: comparisons, prior: prior)
    }

    static func withinFranchisePairs(_ table: RecordTable) -> Double {
        var counts: [Int32: Int] = [:]
        for f in table.franchise { counts[f, default: 0] += 1 }
        return counts.values.reduce(0.0) { $0 + Double($1) * Double($1 - 1) / 2 }
    }
}
