/// SplitMix64: the seeding generator for ``SeededRandom`` and a bijective 64-bit mixer.
enum SplitMix64 {
    /// Advances `state` and returns the next output.
    @inline(__always)
    static func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return mix(state)
    }

    /// The SplitMix64 finalizer. It is a bijection on `UInt64`, so distinct inputs give distinct
    /// outputs: customer ids built from it are unique without a lookup table.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
