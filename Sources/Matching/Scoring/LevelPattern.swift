/// The levels one pair reached, packed 4 bits per comparison (0 = missing, k = the k-th level),
/// with one bit saying the names matched in swapped orientation.
///
/// A pattern is what EM counts and what an explanation is rebuilt from.
public struct LevelPattern: Sendable, Hashable, Comparable {
    public var raw: UInt64

    public init(raw: UInt64 = 0) { self.raw = raw }

    static let swappedBit: UInt64 = 1 << 63

    /// Level of comparison `c`: 0 = missing, 1... = index into its levels plus one.
    @inline(__always)
    public func level(_ c: Int) -> Int { Int((raw >> UInt64(4 * c)) & 0xF) }

    @inline(__always)
    mutating func set(_ c: Int, _ level: Int) {
        raw = (raw & ~(0xF << UInt64(4 * c))) | (UInt64(level) << UInt64(4 * c))
    }

    public var namesSwapped: Bool { raw & Self.swappedBit != 0 }

    public static func < (a: LevelPattern, b: LevelPattern) -> Bool { a.raw < b.raw }
}
