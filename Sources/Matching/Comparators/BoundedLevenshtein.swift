/// Edit distance between two byte strings, computed only as far as a bound: insertions,
/// deletions, substitutions and transpositions of two neighbouring characters each count one
/// (the optimal string alignment distance, Splink's `damerau_levenshtein`).
///
/// Transpositions count one because swapping two keys is one slip of the hand: a postcode
/// `3182` typed `3128` is as close as `3183`. Comparison levels ask "within k edits?" for a
/// small k, so the distance is computed in the diagonal band of width 2k+1 and gives up early:
/// O(k·n) time, no allocation (three stack rows of at most ``maximumLength`` + 1 entries).
public enum BoundedLevenshtein {
    public static let maximumLength = 64

    /// The distance when it is at most `bound`, else `bound + 1`.
    @inline(__always)
    public static func distance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, bound: Int) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) > bound { return bound + 1 }
        if n > maximumLength || m > maximumLength {
            // Long strings: only equality is decided cheaply; anything else counts as far.
            return a.elementsEqual(b) ? 0 : bound + 1
        }
        if n == 0 { return m }
        if m == 0 { return n }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { buffer in
            var beforePrevious = UnsafeMutableBufferPointer(rebasing: buffer[0...m])
            var previous = UnsafeMutableBufferPointer(rebasing: buffer[(m + 1)...(2 * m + 1)])
            var current = UnsafeMutableBufferPointer(rebasing: buffer[(2 * m + 2)...])
            for j in 0...m { previous[j] = j }
            let far = bound + 1
            for i in 1...n {
                let lo = max(1, i - bound), hi = min(m, i + bound)
                current[0] = i
                if lo > 1 { current[lo - 1] = far }
                var rowMinimum = far
                let ai = a[i - 1]
                for j in lo...hi {
                    let substitution = previous[j - 1] + (ai == b[j - 1] ? 0 : 1)
                    let deletion = (j <= i - 1 + bound ? previous[j] : far) + 1
                    let insertion = current[j - 1] + 1
                    var v = min(substitution, min(deletion, insertion))
                    if i > 1 && j > 1 && ai == b[j - 2] && a[i - 2] == b[j - 1] {
                        v = min(v, beforePrevious[j - 2] + 1)
                    }
                    current[j] = v
                    rowMinimum = min(rowMinimum, v)
                }
                if hi < m { current[hi + 1] = far }
                // No later row can come under this row's minimum: a transposition two rows back
                // costs at least what the diagonal cell of the row before already holds.
                if rowMinimum > bound { return far }
                let oldest = beforePrevious
                beforePrevious = previous
                previous = current
                current = oldest
            }
            return min(previous[m], far)
        }
    }

    public static func distance(_ a: String, _ b: String, bound: Int) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        return x.withUnsafeBufferPointer { xa in y.withUnsafeBufferPointer { ya in distance(xa, ya, bound: bound) } }
    }
}
