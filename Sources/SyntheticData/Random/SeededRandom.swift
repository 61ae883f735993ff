import Support

/// A small, fast, seedable pseudo-random generator (xoshiro256**), seeded through SplitMix64.
///
/// The generator never touches the system RNG: the same seed gives the same customer base on every
/// machine and every run. Independent *streams* (one per entity, one per record, ...) are derived
/// from the seed and a few integers, so a record's content does not depend on the order in which
/// records are produced.
struct SeededRandom: RandomNumberGenerator {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator whose whole state comes from one 64-bit seed.
    init(seed: UInt64) {
        var sm = seed
        s0 = SplitMix64.next(&sm)
        s1 = SplitMix64.next(&sm)
        s2 = SplitMix64.next(&sm)
        s3 = SplitMix64.next(&sm)
    }

    /// A generator for one independent stream: `stream` names the purpose, `a` and `b` the item.
    init(seed: UInt64, stream: RandomStream, _ a: Int, _ b: Int = 0) {
        var key = SplitMix64.mix(seed ^ (stream.rawValue &* 0x9E37_79B9_7F4A_7C15))
        key = SplitMix64.mix(key ^ UInt64(truncatingIfNeeded: a))
        key = SplitMix64.mix(key &+ UInt64(truncatingIfNeeded: b) &* 0xD1B5_4A32_D192_ED03)
        self.init(seed: key)
    }

    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// A uniform integer in `0..<n` (multiply-high; the bias for small `n` is below 2⁻⁵⁰).
    @inline(__always)
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "below(_:) needs a positive bound")
        return Int(truncatingIfNeeded: UInt64(n).multipliedFullWidth(by: next()).high)
    }

    /// A uniform integer in the closed range.
    @inline(__always)
    mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A uniform double in `[0, 1)`.
    @inline(__always)
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// `true` with probability `p`.
    @inline(__always)
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// One element of a non-empty array, uniformly.
    @inline(__always)
    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }
}

/// The purposes for which independent random streams are derived from the seed.
enum RandomStream: UInt64 {
    case plan = 1
    case household = 2
    case entity = 3
    case record = 4
    case identifiers = 5
    case fixtures = 6
}
