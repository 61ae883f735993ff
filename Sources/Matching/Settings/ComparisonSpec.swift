/// A comparison: one field, an ordered list of levels. A pair where either value is missing
/// reaches the implicit `missing` level, whose weight is always 0 (no evidence either way).
public struct ComparisonSpec: Sendable, Hashable {
    public var name: String
    public var field: ComparisonField
    public var levels: [ComparisonLevel]

    /// At most this many levels, so a pair's levels pack into 4 bits per comparison.
    public static let maximumLevels = 14

    public init(name: String, field: ComparisonField, levels: [ComparisonLevel]) {
        self.name = name
        self.field = field
        self.levels = levels
    }
}
