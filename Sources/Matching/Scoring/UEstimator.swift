import Parallelism
import Support
/// Estimates each level's `u` (how often two unrelated records reach it) from random pairs.
///
/// Random pairs are almost all non-matches in a base of any size, so the share of random pairs
/// reaching a level estimates u directly, without labels (Splink's
/// `estimate_u_using_random_sampling`). Levels never seen get one pseudo-count.
enum UEstimator {
    /// The pairs to compare: the rules' sample size, but never more than the base has pairs.
    /// A 3-customer base has 3 pairs; drawing a million random ones compared the same 3 over
    /// and over (and one of them, with 10,000 phones a side, took minutes each time).
    static func sampleSize(requested: Int, records n: Int) -> Int {
        guard n >= 2 else { return 0 }
        let all = n.multipliedReportingOverflow(by: n - 1)
        return all.overflow ? requested : min(requested, all.partialValue / 2)
    }

    static func estimate(comparer: PairComparer, sampleSize: Int, seed: UInt64, threads: Int,
                         progress: ChunkProgress? = nil) -> [[Double]] {
        let n = comparer.table.count
        let specs = comparer.specs
        guard n >= 2, sampleSize > 0 else {
            return specs.map { spec in spec.levels.map { _ in 1.0 / Double(spec.levels.count) } }
        }
        let chunkSize = 50_000
        // When the sample covers every pair, every pair is compared once instead of drawn.
        let everyPair = sampleSize >= n * (n - 1) / 2
        let counts: [[[Int]]] = ParallelChunks.map(count: sampleSize, chunkSize: chunkSize, threads: threads) { range in
            var rng = SplitMix64(seed: seed &+ UInt64(range.lowerBound / chunkSize) &* 0x2545_F491_4F6C_DD1D)
            var local = specs.map { [Int](repeating: 0, count: $0.levels.count + 1) }
            var (i, j) = everyPair ? Self.pair(at: range.lowerBound, of: n) : (0, 0)
            for _ in range {
                if everyPair {
                    defer {
                        j += 1
                        if j == n { i += 1; j = i + 1 }
                    }
                    let (pattern, _) = comparer.evaluate(i, j)
                    for c in specs.indices { local[c][pattern.level(c)] += 1 }
                    continue
                }
                let i = Int(rng.next() % UInt64(n))
                var j = Int(rng.next() % UInt64(n - 1))
                if j >= i { j += 1 }
                let (pattern, _) = comparer.evaluate(i, j)
                for c in specs.indices { local[c][pattern.level(c)] += 1 }
            }
            progress?.advance(by: range.count)
            return local
        }
        var total = specs.map { [Int](repeating: 0, count: $0.levels.count + 1) }
        for chunk in counts {
            for c in specs.indices { for l in total[c].indices { total[c][l] += chunk[c][l] } }
        }
        return specs.indices.map { c in
            let present = total[c].dropFirst().reduce(0, +)
            return (1...specs[c].levels.count).map { l in
                Double(max(total[c][l], 1)) / Double(max(present, 1) + 1)
            }
        }
    }

    /// The `index`-th pair `(i, j)`, `i < j`, in row order: (0,1), (0,2), ..., (1,2), ...
    static func pair(at index: Int, of n: Int) -> (Int, Int) {
        var i = 0, left = index
        while left >= n - 1 - i {
            left -= n - 1 - i
            i += 1
        }
        return (i, i + 1 + left)
    }
}
