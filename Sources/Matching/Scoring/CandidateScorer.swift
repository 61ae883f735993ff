import Parallelism
/// Scores every candidate pair in parallel into preallocated buffers.
///
/// Each pair's pattern and weight (without the prior, which is estimated afterwards from these
/// very weights) land at the pair's own index, so the result does not depend on the thread count.
struct CandidateScorer {
    let patterns: [LevelPattern]
    let weights: [Float]
    let histogram: PriorEstimator

    static let chunkSize = 16_384

    static func score(_ candidates: CandidatePairs, comparer: PairComparer, threads: Int,
                      progress: ChunkProgress? = nil) -> CandidateScorer {
        let n = candidates.count
        var patterns = [LevelPattern](repeating: LevelPattern(), count: n)
        var weights = [Float](repeating: 0, count: n)
        var histogram = PriorEstimator()
        patterns.withUnsafeMutableBufferPointer { patternBuffer in
            weights.withUnsafeMutableBufferPointer { weightBuffer in
                let out = UncheckedSendable(value: (patternBuffer, weightBuffer))
                let packed = candidates.packed
                let partials = ParallelChunks.map(count: n, chunkSize: chunkSize, threads: threads) { range in
                    var local = PriorEstimator()
                    packed.withUnsafeBufferPointer { pairs in
                        for k in range {
                            let (i, j) = CandidatePairs.unpack(pairs[k])
                            let (pattern, weight) = comparer.evaluate(i, j)
                            out.value.0[k] = pattern
                            out.value.1[k] = Float(weight)
                            local.add(weight: weight)
                        }
                    }
                    progress?.advance(by: range.count)
                    return local
                }
                for p in partials { histogram.merge(p) }
            }
        }
        return CandidateScorer(patterns: patterns, weights: weights, histogram: histogram)
    }

    /// Distinct patterns and their counts, in pattern order (for EM).
    func patternCounts() -> [(LevelPattern, Int)] {
        var counts: [LevelPattern: Int] = [:]
        for p in patterns { counts[p, default: 0] += 1 }
        return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The pairs whose probability, with the prior, reaches `threshold`.
    func pairs(atOrAbove threshold: Double, priorWeight: Double, candidates: CandidatePairs) -> [ScoredPair] {
        let cutoff = ScoringModel.weight(probability: threshold) - priorWeight
        var out: [ScoredPair] = []
        for k in weights.indices where Double(weights[k]) >= cutoff {
            let (i, j) = CandidatePairs.unpack(candidates.packed[k])
            let w = Double(weights[k]) + priorWeight
            out.append(ScoredPair(a: Int32(i), b: Int32(j), weight: w,
                                  probability: ScoringModel.probability(weight: w), pattern: patterns[k]))
        }
        return out
    }
}
