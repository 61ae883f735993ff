/// A comparison: one field, an ordered list of levels. A pair where either value is missing
/// reaches the implicit `missing` level, whose weight is always 0 (no evidence either way).
public struct ComparisonSpec: Sendable, Hashable {
    public var name: String
    /// The column compared, by name (see ``ColumnDefinition``): a built-in field or a text field
    /// the rules file maps.
    public var field: String
    public var levels: [ComparisonLevel]

    /// At most this many levels, so a pair's levels pack into 4 bits per comparison.
    public static let maximumLevels = 14

    public init(name: String, field: String, levels: [ComparisonLevel]) {
        self.name = name
        self.field = field
        self.levels = levels
    }
}
