/// A 64-bit hash of a few integers, used for blocking keys.
///
/// Keys are hashed, not stored: a collision only adds candidate pairs, which scoring then
/// rejects, so a strong mixer (SplitMix64's finalizer) is all that is needed.
struct KeyHasher {
    private(set) var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 }

    @inline(__always)
    mutating func combine(_ value: Int64) {
        state = Self.mix(state ^ UInt64(bitPattern: value) &+ 0x9E37_79B9_7F4A_7C15)
    }

    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
