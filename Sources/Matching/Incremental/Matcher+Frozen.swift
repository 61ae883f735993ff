import Normalization
import Support

extension Matcher {
    /// Matches with a model kept from an earlier run instead of estimating one: its m, u and
    /// prior, and its value counts (``FrozenFrequencies``). No u sample, no EM, no prior.
    ///
    /// Without `previous`, every candidate pair is scored and every record clustered: a full run
    /// with that model (`run --full --model-from RUN`). With `previous` (the run that model came
    /// from, or one with the same model), only the pairs it did not compare are scored (see
    /// ``PreviousMatch``), and only the connected components whose pairs changed are clustered
    /// again: the clusterer treats components independently and in the same order (pairs by
    /// probability, then record index, and records are in customer-id order in both runs), so
    /// the clusters it returns are the ones a full run with that model returns for them, and
    /// every other component's clusters are the earlier run's.
    public func match(_ customers: [NormalizedCustomer], keeping model: ScoringModel, frequencies: FrozenFrequencies,
                      previous: PreviousMatch? = nil, options: Options = Options()) -> FrozenMatch {
        var statistics = MatchStatistics()
        statistics.records = customers.count
        var timer = StageTimer()
        func endStage(_ stage: Stage) {
            statistics.stageSeconds.append(timer.end(stage))
        }
        let (table, candidates) = indexAndBlock(customers, options: options, frozen: frequencies, statistics: &statistics, timer: &timer)

        var seeds = [Bool](repeating: false, count: previous == nil ? 0 : table.count)
        var kept: [ScoredPair] = []
        var toScore = candidates
        if let previous {
            let split = previous.split(candidates.packed, seeds: &seeds)
            kept = split.kept
            toScore = CandidatePairs(packed: split.toScore, oversizedBlocks: 0, recordsInOversizedBlocks: 0, pairsByRule: [])
        }
        let final = PairComparer(table: table, specs: settings.comparisons, model: model, allowSwappedNames: settings.allowSwappedNames,
                                 termFrequencyMinimum: settings.termFrequencyMinimum)
        let scoreLabel = "scoring \(NumberText.grouped(toScore.count)) candidate pairs"
        options.progress?(scoreLabel)
        let scored = CandidateScorer.score(toScore, comparer: final, threads: options.threads,
                                           progress: ChunkProgress(scoreLabel, total: toScore.count, report: options.progress))
        endStage(.score)
        statistics.prior = model.prior
        let fresh = scored.pairs(atOrAbove: settings.reviewThreshold, priorWeight: model.priorWeight, candidates: toScore)
        if previous != nil { for pair in fresh { seeds[Int(pair.a)] = true; seeds[Int(pair.b)] = true } }
        // Pinned records too: a pin made since the earlier run splits what that run joined.
        if previous != nil { for r in options.cannotLinks.records where r < seeds.count { seeds[r] = true } }
        let pairs = Self.merged(kept, fresh)
        statistics.scoredPairs = pairs.count
        endStage(.threshold)

        let rebuilt = previous == nil ? [] : Self.components(of: pairs, recordCount: table.count, containing: seeds)
        let clustered = previous == nil ? pairs : pairs.filter { rebuilt.contains(Int($0.a)) }
        options.progress?("clustering \(clustered.count) pairs")
        var clusterer = clusterer(final)
        clusterer.cannotLinks = options.cannotLinks
        let (clusters, refusals) = clusterer.cluster(clustered, recordCount: table.count)
        statistics.guardRefusals = refusals
        endStage(.cluster)
        var result = MatchResult(model: model, pairs: pairs, clusters: clusters, statistics: statistics, comparer: final)
        result.candidates = candidates.packed
        return FrozenMatch(result: result, scoredCandidates: toScore.count, keptPairs: kept.count,
                           rebuiltRecords: previous == nil ? Array(0..<table.count) : rebuilt.sorted())
    }

    /// Two lists of pairs, each by (a, b), as one list by (a, b).
    static func merged(_ x: [ScoredPair], _ y: [ScoredPair]) -> [ScoredPair] {
        var out: [ScoredPair] = []
        out.reserveCapacity(x.count + y.count)
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if j == y.count || (i < x.count && (x[i].a, x[i].b) < (y[j].a, y[j].b)) {
                out.append(x[i]); i += 1
            } else {
                out.append(y[j]); j += 1
            }
        }
        return out
    }

    /// The records of every connected component (over `pairs`) that holds a seed.
    static func components(of pairs: [ScoredPair], recordCount: Int, containing seeds: [Bool]) -> Set<Int> {
        var sets = UnionFind(count: recordCount)
        for pair in pairs { sets.union(Int(pair.a), Int(pair.b)) }
        var roots = Set<Int>()
        for r in 0..<recordCount where seeds[r] { roots.insert(sets.find(r)) }
        var records = Set<Int>()
        for r in 0..<recordCount where roots.contains(sets.find(r)) { records.insert(r) }
        return records
    }
}
