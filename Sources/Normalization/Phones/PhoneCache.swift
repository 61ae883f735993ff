/// Results of ``PhoneNormalizer`` by what was parsed, so that each distinct number is handed to
/// libphonenumber once per batch chunk rather than once per record.
///
/// The key is the scanned number, not the raw text: `+81 90-1234-5678` and `+819012345678` are
/// one entry. It packs the digits (at most 19, as an integer plus their count, which keeps
/// leading zeros), whether a `+` led them, and the regions a national number is read in —
/// 16 bytes that hash fast. Not thread-safe: one cache per chunk of work.
public struct PhoneCache: Sendable {
    struct Key: Hashable, Sendable {
        var digits: UInt64
        /// count (8 bits) | international (1 bit) << 8 | primary region << 16 | fallback region << 32.
        var shape: UInt64
    }

    private var results: [Key: PhoneNormalization] = [:]

    public init() {}

    /// Distinct numbers parsed so far.
    public var count: Int { results.count }

    static func key(digits: [UInt8], international: Bool, regions: PhoneRegions) -> Key? {
        guard digits.count <= 19 else { return nil }
        var value: UInt64 = 0
        for digit in digits { value = value &* 10 &+ UInt64(digit &- UInt8(ascii: "0")) }
        var shape = UInt64(digits.count) | (international ? 1 << 8 : 0)
        if !international {
            // A number with a country code reads the same in every region.
            shape |= UInt64(regions.primary?.packed ?? 0) << 16 | UInt64(regions.fallback?.packed ?? 0) << 32
        }
        return Key(digits: value, shape: shape)
    }

    subscript(key: Key) -> PhoneNormalization? {
        get { results[key] }
        set { results[key] = newValue }
    }
}
