/// Stable least-significant-digit radix sort for the blocking stage's large arrays.
///
/// Blocking sorts tens of millions of keys at 1.65M customers; a comparison sort was the
/// stage's largest cost. Four passes of 16-bit digits, skipping a pass whose digit is the same
/// for every element (the high bits of packed record pairs usually are).
enum RadixSort {
    /// Sorts `values` ascending.
    /// - Complexity: O(n) time, O(n) extra memory.
    static func sort(_ values: inout [UInt64]) {
        sort(&values, key: { $0 })
    }

    /// Sorts `entries` by key, keeping the order of entries with equal keys (stable).
    static func sortByKey(_ entries: inout [BlockEntry]) {
        sort(&entries, key: { $0.key })
    }

    private static func sort<T>(_ values: inout [T], key: (T) -> UInt64) {
        let n = values.count
        guard n > 1 else { return }
        if n < 256 {
            values.sort { key($0) < key($1) }  // Swift's sort is stable for small inputs too.
            return
        }
        var scratch = values
        var counts = [Int](repeating: 0, count: 1 << 16)
        var sourceIsValues = true
        for pass in 0..<4 {
            let shift = UInt64(pass * 16)
            for i in counts.indices { counts[i] = 0 }
            let source = sourceIsValues ? values : scratch
            var first = -1
            var uniform = true
            source.withUnsafeBufferPointer { src in
                for v in src {
                    let d = Int((key(v) >> shift) & 0xFFFF)
                    counts[d] += 1
                    if first < 0 { first = d } else if d != first { uniform = false }
                }
            }
            if uniform { continue }
            var total = 0
            for i in counts.indices {
                let c = counts[i]
                counts[i] = total
                total += c
            }
            if sourceIsValues {
                scatter(from: values, into: &scratch, counts: &counts, shift: shift, key: key)
            } else {
                scatter(from: scratch, into: &values, counts: &counts, shift: shift, key: key)
            }
            sourceIsValues.toggle()
        }
        if !sourceIsValues { values = scratch }
    }

    @inline(__always)
    private static func scatter<T>(from source: [T], into target: inout [T], counts: inout [Int], shift: UInt64, key: (T) -> UInt64) {
        source.withUnsafeBufferPointer { src in
            target.withUnsafeMutableBufferPointer { dst in
                for v in src {
                    let d = Int((key(v) >> shift) & 0xFFFF)
                    dst[counts[d]] = v
                    counts[d] += 1
                }
            }
        }
    }
}
