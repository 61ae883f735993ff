/// SplitMix64: a small, fast, seedable random generator, so that sampling and generated data
/// repeat for a given seed, and its finalizer as a bijective 64-bit mixer.
///
/// The one copy of the algorithm: u-estimation samples pairs with it, the generator seeds
/// xoshiro from it and derives ids with ``mix(_:)``, the sandbox draws its faults from it.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        Self.next(&state)
    }

    /// Advances `state` and returns the next output (for callers that keep the bare state,
    /// such as a value under a lock).
    @inline(__always)
    public static func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return mix(state)
    }

    /// The SplitMix64 finalizer. It is a bijection on `UInt64`, so distinct inputs give distinct
    /// outputs: ids built from it are unique without a lookup table.
    @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
