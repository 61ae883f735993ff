/// Jaro-Winkler similarity of two byte strings, in [0, 1].
///
/// Works on UTF-8 code units: the keys it compares are romaji / Latin, so a byte is a letter.
/// Allocates nothing: the match flags live in a fixed stack buffer, and strings longer than
/// ``maximumLength`` are compared on their first ``maximumLength`` bytes.
public enum JaroWinkler {
    public static let maximumLength = 64

    /// Prefix scale 0.1 and prefix up to 4, as in Winkler (1990).
    /// - Complexity: O(n·m) in the worst case, O(n·window) in practice.
    @inline(__always)
    public static func similarity(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let n = min(a.count, maximumLength), m = min(b.count, maximumLength)
        if n == 0 && m == 0 { return 1 }
        if n == 0 || m == 0 { return 0 }
        let window = max(0, max(n, m) / 2 - 1)
        // Two 64-bit masks hold the match flags of up to 64 positions each.
        var matchedA: UInt64 = 0, matchedB: UInt64 = 0
        var matches = 0
        for i in 0..<n {
            let lo = max(0, i - window), hi = min(m - 1, i + window)
            if lo > hi { continue }
            let ai = a[i]
            for j in lo...hi where matchedB & (1 << UInt64(j)) == 0 && b[j] == ai {
                matchedA |= 1 << UInt64(i)
                matchedB |= 1 << UInt64(j)
                matches += 1
                break
            }
        }
        if matches == 0 { return 0 }
        var transpositions = 0, k = 0
        for i in 0..<n where matchedA & (1 << UInt64(i)) != 0 {
            while matchedB & (1 << UInt64(k)) == 0 { k += 1 }
            if a[i] != b[k] { transpositions += 1 }
            k += 1
        }
        let mm = Double(matches)
        let jaro = (mm / Double(n) + mm / Double(m) + (mm - Double(transpositions / 2)) / mm) / 3
        var prefix = 0
        while prefix < min(4, min(n, m)) && a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }

    /// Convenience for tests and explanations.
    public static func similarity(_ a: String, _ b: String) -> Double {
        let x = Array(a.utf8), y = Array(b.utf8)
        return x.withUnsafeBufferPointer { xa in y.withUnsafeBufferPointer { ya in similarity(xa, ya) } }
    }
}
