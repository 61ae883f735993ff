/// A 64-bit hash of bytes that every process computes alike.
///
/// The run's blocking keys hash string-pool ids, which depend on the order values were met:
/// fine within one run, meaningless to another process. The standing index keys values by
/// their bytes instead, through this hash (Swift's `Hasher` is seeded per process, so it will
/// not do). 0 is never returned: it means "missing" wherever keys are read.
enum StableHash {
    /// The hash of `bytes` under `tag` (one tag per kind of value, so that equal strings of two
    /// fields never share a key).
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt64) -> UInt64 {
        var hasher = KeyHasher(seed: tag)
        var word: UInt64 = 0
        var filled: UInt64 = 0
        for byte in bytes {
            word |= UInt64(byte) << (8 * filled)
            filled += 1
            if filled == 8 {
                hasher.combine(Int64(bitPattern: word))
                word = 0
                filled = 0
            }
        }
        hasher.combine(Int64(bitPattern: word))
        hasher.combine(Int64(bytes.count))
        return hasher.state == 0 ? 1 : hasher.state
    }

    static func of(_ string: String, tag: UInt64) -> UInt64 {
        var s = string
        return s.withUTF8 { of($0, tag: tag) }
    }

    /// The tag of a kind of value, from its name (`t:names`, `s:phone`).
    static func tag(_ name: String) -> UInt64 { of(name, tag: 0x7463_6465_6475_7065) }

    /// The key of an integer value (a date) under `tag`.
    static func of(_ value: Int64, tag: UInt64) -> UInt64 {
        var hasher = KeyHasher(seed: tag)
        hasher.combine(value)
        return hasher.state == 0 ? 1 : hasher.state
    }
}
