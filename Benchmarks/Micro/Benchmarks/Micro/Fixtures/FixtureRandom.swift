/// SplitMix64: a tiny, fast generator whose output depends only on the seed, so every run and
/// every machine benchmarks the same inputs.
struct FixtureRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `0..<bound` (the modulo bias is irrelevant for fixtures).
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    mutating func pick<T>(_ values: [T]) -> T {
        values[below(values.count)]
    }

    /// Skewed towards the front of `values`, as names are (佐藤 and 鈴木 far more common than
    /// 本間): index ≈ n·u³, so the first tenth of the list gets about 46% of the picks.
    mutating func pickSkewed<T>(_ values: [T]) -> T {
        let u = unit()
        return values[min(values.count - 1, Int(Double(values.count) * u * u * u))]
    }

    /// `count` decimal digits as ASCII, never all one digit (the phone normalizer rejects those).
    mutating func digits(_ count: Int) -> String {
        var text = ""
        for position in 0..<count {
            text.append(Character(Unicode.Scalar(UInt8(ascii: "0") + UInt8(position == 0 ? 1 + below(9) : below(10)))))
        }
        return text
    }
}
