/// Estimates the `m` probabilities from the data without labels (expectation maximisation).
///
/// `u` stays as estimated from random pairs and only `m` and the share of matches among the
/// training pairs are learned, as Splink recommends. The training pairs are chosen on some
/// comparisons (say, the same full name): those are `fixed`, since they agree by construction,
/// and EM learns the others from how namesakes and true duplicates differ on them. Runs on the
/// distinct level patterns with their counts, so each iteration costs a few thousand operations
/// whatever the base size.
struct EMTrainer {
    var maximumIterations = 50
    var tolerance = 1e-6

    struct Result {
        var m: [[Double]]
        var matchShare: Double
        var iterations: Int
        /// True when an iteration moved no m and not the share by `tolerance` or more before
        /// `maximumIterations` ran out; a result that has not converged must not be used.
        var converged: Bool
        /// The largest move of the last iteration.
        var lastChange: Double
    }

    /// - Parameters:
    ///   - patterns: distinct level patterns and how many candidate pairs show each.
    ///   - m: starting m per comparison and level (index 0 = first level).
    ///   - u: fixed u per comparison and level.
    /// - Parameter fixed: comparisons whose m is not learned and whose level is left out of the
    ///   likelihood: those the training pairs were selected on (they agree by construction).
    func train(patterns: [(LevelPattern, Int)], m start: [[Double]], u: [[Double]], initialShare: Double,
               fixed: Set<Int> = []) -> Result {
        var m = start
        var share = min(max(initialShare, 1e-6), 0.999)
        var iterations = 0
        var converged = false
        var lastChange = Double.infinity
        let comparisons = m.count
        for iteration in 1...max(1, maximumIterations) {
            iterations = iteration
            var mCounts = m.map { [Double](repeating: 0, count: $0.count) }
            var matches = 0.0, total = 0.0
            for (pattern, count) in patterns {
                var lm = 1.0, lu = 1.0
                for c in 0..<comparisons where !fixed.contains(c) {
                    let l = pattern.level(c)
                    if l == 0 { continue }
                    lm *= m[c][l - 1]
                    lu *= u[c][l - 1]
                }
                let pm = share * lm
                let posterior = pm / (pm + (1 - share) * lu)
                let weight = posterior.isFinite ? posterior * Double(count) : 0
                matches += weight
                total += Double(count)
                for c in 0..<comparisons {
                    let l = pattern.level(c)
                    if l > 0 { mCounts[c][l - 1] += weight }
                }
            }
            // The move of the share as clamped: measured before the clamp, a base whose training
            // pairs are nearly all matches kept "moving" by the distance to 0.999 forever.
            let nextShare = min(max(matches / max(total, 1), 1e-6), 0.999)
            var change = abs(nextShare - share)
            share = nextShare
            for c in 0..<comparisons where !fixed.contains(c) {
                let sum = mCounts[c].reduce(0, +)
                guard sum > 0 else { continue }
                for l in m[c].indices {
                    // A little smoothing keeps a level that happened not to occur from weighing -inf.
                    let next = (mCounts[c][l] + 0.5) / (sum + 0.5 * Double(m[c].count))
                    change = max(change, abs(next - m[c][l]))
                    m[c][l] = next
                }
            }
            lastChange = change
            if change < tolerance {
                converged = true
                break
            }
        }
        return Result(m: m, matchShare: share, iterations: iterations, converged: converged, lastChange: lastChange)
    }
}
