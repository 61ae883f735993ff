/// New ids in TableCheck's shape (24 hex digits, like a MongoDB ObjectId), from a counter: unique
/// within a sandbox and the same sequence for the same seed.
struct ObjectIDs {
    private var counter: UInt64

    init(seed: UInt64) {
        counter = seed &* 0x9E37_79B9_7F4A_7C15 >> 16
    }

    mutating func next() -> String {
        counter &+= 1
        return "5b0c" + Self.hex(UInt64(0x5a_0d_be), width: 4) + Self.hex(counter, width: 16)
    }

    /// The `index`-th id derived from `text` (FNV-1a, then mixed): the same text gives the same
    /// ids on any thread, without a shared counter.
    static func derived(from text: String, index: Int) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var z = hash &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return "5b0d" + hex(z >> 48, width: 4) + hex(z ^ (z >> 31), width: 16)
    }

    static func hex(_ value: UInt64, width: Int) -> String {
        let digits = Array("0123456789abcdef".unicodeScalars)
        var out = ""
        for shift in stride(from: (width - 1) * 4, through: 0, by: -4) {
            out.unicodeScalars.append(digits[Int((value >> UInt64(shift)) & 0xF)])
        }
        return out
    }
}
