import Foundation

/// Draws indices with fixed weights (cumulative table and binary search).
struct WeightedSampler: Sendable {
    private let cumulative: [Double]

    /// A sampler over `weights.count` indices; weights need not sum to one.
    init(weights: [Double]) {
        precondition(!weights.isEmpty, "a sampler needs at least one weight")
        var running = 0.0
        var table: [Double] = []
        table.reserveCapacity(weights.count)
        for w in weights {
            running += max(0, w)
            table.append(running)
        }
        precondition(running > 0, "a sampler needs a positive total weight")
        cumulative = table.map { $0 / running }
    }

    /// A Zipf-like law: index `k` (0-based) has weight `1 / (k + 1)^exponent`, so the first few
    /// entries of a frequency-ordered lexicon dominate, as common surnames do.
    static func zipf(count: Int, exponent: Double) -> WeightedSampler {
        WeightedSampler(weights: (0..<count).map { 1 / pow(Double($0 + 1), exponent) })
    }

    var count: Int { cumulative.count }

    /// The probability of index `i`.
    func probability(of i: Int) -> Double {
        i == 0 ? cumulative[0] : cumulative[i] - cumulative[i - 1]
    }

    @inline(__always)
    func sample(_ rng: inout SeededRandom) -> Int {
        let u = rng.unit()
        var lo = 0
        var hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) >> 1
            if cumulative[mid] > u { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
