/// Distinct scored pairs, sorted by probability (highest first), with the running count of true
/// matches, so the figures at any threshold are one binary search away.
struct PairTable {
    /// Probabilities, descending.
    private var probabilities: [Double] = []
    /// `truePositivesUpTo[k]` = true matches among the first `k` pairs.
    private var truePositivesUpTo: [Int] = [0]
    /// Pairs left out (unknown ids, outside the universe, self pairs, NaN).
    private(set) var ignored = 0

    /// - Complexity: O(p log p).
    init(pairs: [ScoredPair], truth: GroundTruth, scope: Scope) {
        var keyed: [(key: UInt64, probability: Double)] = []
        keyed.reserveCapacity(pairs.count)
        for pair in pairs {
            guard !pair.probability.isNaN,
                  let a = scope.index(of: pair.a, in: truth), let b = scope.index(of: pair.b, in: truth), a != b
            else {
                ignored += 1
                continue
            }
            let key = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
            keyed.append((key, pair.probability))
        }
        // One entry per pair, keeping the highest probability.
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.probability > $1.probability }
        var unique: [(probability: Double, isTrue: Bool)] = []
        unique.reserveCapacity(keyed.count)
        var previous: UInt64?
        for entry in keyed where entry.key != previous {
            previous = entry.key
            let a = Int(entry.key >> 32)
            let b = Int(entry.key & 0xFFFF_FFFF)
            unique.append((entry.probability, truth.entityOfCustomer[a] == truth.entityOfCustomer[b]))
        }
        unique.sort { $0.probability > $1.probability }
        probabilities = unique.map(\.probability)
        truePositivesUpTo.reserveCapacity(unique.count + 1)
        var running = 0
        for entry in unique {
            if entry.isTrue { running += 1 }
            truePositivesUpTo.append(running)
        }
    }

    /// Figures for the pairs with probability ≥ `threshold`.
    func metrics(at threshold: Double, truePairs: Int) -> PairwiseMetrics {
        // First index whose probability is below the threshold.
        var lo = 0
        var hi = probabilities.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if probabilities[mid] >= threshold { lo = mid + 1 } else { hi = mid }
        }
        return PairwiseMetrics(threshold: threshold, predictedPairs: lo, truePositives: truePositivesUpTo[lo],
                               truePairs: truePairs)
    }
}
