import Parallelism

extension CandidateScorer {
    /// The same candidates weighed with `new` instead of `old`, where the two differ only in m.
    ///
    /// A level's weight is log2(m) − log2(u), term-frequency adjusted or not, so a new m moves
    /// each pair's weight by log2(m_new / m_old) per level it reached, whatever its values: the
    /// pairs need not be compared again. At 1.65M customers that is a fraction of a second
    /// where a second scoring took as long as the first (5 s). Each pair is rewritten at its own
    /// index, so the result does not depend on the thread count.
    func reweighted(from old: ScoringModel, to new: ScoringModel, threads: Int) -> CandidateScorer {
        let comparisons = old.comparisons.count
        // delta[16 * c + level]; level 0 (missing) weighs 0 under any model.
        var delta = [Double](repeating: 0, count: 16 * max(comparisons, 1))
        for c in 0..<comparisons {
            for (k, level) in old.comparisons[c].levels.enumerated() {
                let m = new.comparisons[c].levels[k].m
                if m != level.m { delta[16 * c + k + 1] = ScoringModel.Level.log2(m) - ScoringModel.Level.log2(level.m) }
            }
        }
        let n = patterns.count
        var weights = [Float](repeating: 0, count: n)
        var histogram = PriorEstimator()
        weights.withUnsafeMutableBufferPointer { buffer in
            let out = UncheckedSendable(value: buffer)
            let partials = ParallelChunks.map(count: n, chunkSize: Self.chunkSize, threads: threads) { range in
                var local = PriorEstimator()
                for k in range {
                    let pattern = patterns[k]
                    var w = Double(self.weights[k])
                    for c in 0..<comparisons { w += delta[16 * c + pattern.level(c)] }
                    out.value[k] = Float(w)
                    local.add(weight: w)
                }
                return local
            }
            for p in partials { histogram.merge(p) }
        }
        return CandidateScorer(patterns: patterns, weights: weights, histogram: histogram)
    }
}
