import Parallelism

extension CandidateScorer {
    /// The same scores, with every pair at or above `cutoff − margin` weighed again directly
    /// with `comparer` (the final model).
    ///
    /// After EM, weights are moved by the change of m (``reweighted(from:to:threads:)``), which
    /// rounds differently from weighing the pair with the final model. The pairs a run keeps are
    /// the ones later runs build on: an incremental run keeps them as they are and weighs new
    /// pairs directly, and `run --full --model-from` weighs all of them directly. Weighing the
    /// kept ones (and a margin below the threshold, so that none crosses it by rounding) directly
    /// here makes all three agree to the bit. A few percent of the candidates, scored again.
    func weighedDirectly(near cutoff: Double, margin: Double = 0.01, candidates: CandidatePairs, comparer: PairComparer,
                         threads: Int) -> CandidateScorer {
        var weights = self.weights
        var patterns = self.patterns
        let n = weights.count
        let floor = cutoff - margin
        weights.withUnsafeMutableBufferPointer { weightBuffer in
            patterns.withUnsafeMutableBufferPointer { patternBuffer in
                let out = UncheckedSendable(value: (weightBuffer, patternBuffer))
                let packed = candidates.packed
                _ = ParallelChunks.map(count: n, chunkSize: Self.chunkSize, threads: threads) { range in
                    for k in range where Double(out.value.0[k]) >= floor {
                        let (i, j) = CandidatePairs.unpack(packed[k])
                        let (pattern, weight) = comparer.evaluate(i, j)
                        out.value.0[k] = Float(weight)
                        out.value.1[k] = pattern
                    }
                    return 0
                }
            }
        }
        return CandidateScorer(patterns: patterns, weights: weights, histogram: histogram)
    }
}
