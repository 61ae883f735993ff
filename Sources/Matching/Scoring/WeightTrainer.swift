import Parallelism
import Support

/// The training step of a run: learns m by EM on the candidate pairs that agree exactly on both
/// names, bounds what it learned, and says which weights the run will use.
///
/// Why those pairs: there, true duplicates and namesakes differ only on the other fields, and
/// namesakes are as good as random pairs for them, so u from random pairs holds. The name
/// comparisons keep the rules' m (the pairs were chosen on them).
///
/// Repeatable: the pairs are sampled by a hash of their index and the rules' seed, their level
/// patterns are counted in integers and EM runs over the patterns in sorted order, so the same
/// base gives the same weights, bit for bit, on 1 thread or 16. Bounded: at most
/// `samplePairs` pairs counted, at most `maximumIterations` rounds of EM over a few thousand
/// distinct patterns.
struct WeightTrainer {
    let settings: MatchingSettings

    /// The smallest and largest m a level may learn: a level seen in no training pair must not
    /// weigh −∞, and no level is certain.
    static let mRange = 0.001...0.999

    struct Outcome {
        var model: ScoringModel
        var source: WeightSource
    }

    /// Trains on `scored` (the candidates scored with `model`: u estimated, m from the rules).
    func train(_ model: ScoringModel, _ scored: CandidateScorer, threads: Int) -> Outcome {
        let training = settings.training
        func keep(_ reason: String) -> Outcome { Outcome(model: model, source: .ruleDefaults(reason: reason)) }
        guard let last = settings.comparisons.firstIndex(where: { $0.field == ColumnDefinition.familyName }),
              let first = settings.comparisons.firstIndex(where: { $0.field == ColumnDefinition.givenName }) else {
            return keep("the rules compare no last_name and first_name to choose training pairs by")
        }
        let sample = Self.sameNamePatterns(scored.patterns, last: last, first: first,
                                           samplePairs: training.samplePairs, seed: settings.seed, threads: threads)
        guard sample.eligible >= training.minimumPairs else {
            return keep("\(NumberText.grouped(sample.eligible)) candidate pairs agree on both names, "
                + "fewer than training.min_pairs: \(NumberText.grouped(training.minimumPairs))")
        }
        let trainer = EMTrainer(maximumIterations: training.maximumIterations, tolerance: training.tolerance)
        let result = trainer.train(patterns: sample.patterns, m: model.comparisons.map { $0.levels.map(\.m) },
                                   u: model.comparisons.map { $0.levels.map(\.u) }, initialShare: 0.5, fixed: [last, first])
        guard result.converged else {
            return keep("EM did not converge within training.max_iterations: \(training.maximumIterations)")
        }
        var trained = model
        for c in trained.comparisons.indices where c != last && c != first {
            for l in trained.comparisons[c].levels.indices {
                let level = model.comparisons[c].levels[l]
                let isDifferent = settings.comparisons[c].levels[l].predicate == .otherwise
                trained.comparisons[c].levels[l].m = Self.bounded(result.m[c][l], rule: level.m, u: level.u, isDifferent: isDifferent)
            }
        }
        return Outcome(model: trained, source: .learned(iterations: result.iterations, trainingPairs: sample.counted))
    }

    /// A learned m within the guard rails: inside ``mRange``, and on the same side of u as the
    /// rules' m, so that learning changes how much a level counts but never which way (a
    /// "different" level, and any level the rules weigh against a match, never turns into
    /// evidence for one; an agreeing level never into evidence against). A "different" level
    /// stays at or below 0 whatever the rules say.
    static func bounded(_ learned: Double, rule: Double, u: Double, isDifferent: Bool) -> Double {
        var m = learned.isFinite ? min(max(learned, mRange.lowerBound), mRange.upperBound) : rule
        if isDifferent || rule < u { m = min(m, u) } else if rule > u { m = max(m, u) }
        return m
    }

    struct Sample {
        /// Distinct level patterns and how many sampled pairs show each, in pattern order.
        var patterns: [(LevelPattern, Int)]
        /// Candidate pairs that agree exactly on both names.
        var eligible: Int
        /// Of those, the pairs counted (all, or the sample).
        var counted: Int
    }

    /// The level patterns of the candidates that reach level 1 (exact) on both name comparisons;
    /// when there are more than `samplePairs`, a sample of them chosen by a hash of the pair's
    /// index and `seed` (the same pairs whatever the thread count).
    static func sameNamePatterns(_ patterns: [LevelPattern], last: Int, first: Int, samplePairs: Int, seed: UInt64,
                                 threads: Int) -> Sample {
        let chunk = 262_144
        let eligible = ParallelChunks.map(count: patterns.count, chunkSize: chunk, threads: threads) { range in
            var n = 0
            for k in range where patterns[k].level(last) == 1 && patterns[k].level(first) == 1 { n += 1 }
            return n
        }.reduce(0, +)
        let fraction = eligible <= samplePairs ? 1.0 : Double(samplePairs) / Double(eligible)
        // Keep a pair when the hash of its index falls below this (all pairs at fraction 1).
        let cutoff = fraction >= 1 ? UInt64.max : UInt64(fraction * 0x1p64)
        let partials = ParallelChunks.map(count: patterns.count, chunkSize: chunk, threads: threads) { range in
            var counts: [LevelPattern: Int] = [:]
            for k in range where patterns[k].level(last) == 1 && patterns[k].level(first) == 1 {
                if cutoff != UInt64.max && SplitMix64.mix(seed ^ (UInt64(k) &* 0x9E37_79B9_7F4A_7C15)) >= cutoff { continue }
                counts[patterns[k], default: 0] += 1
            }
            return counts
        }
        var counts: [LevelPattern: Int] = [:]
        for partial in partials {
            for (pattern, n) in partial { counts[pattern, default: 0] += n }
        }
        let sorted = counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return Sample(patterns: sorted, eligible: eligible, counted: sorted.reduce(0) { $0 + $1.1 })
    }
}
