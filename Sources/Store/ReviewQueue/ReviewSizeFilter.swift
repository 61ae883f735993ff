/// Cluster sizes a review list keeps: exactly `minimum` records, or at least `minimum` when
/// `orMore` (the page's "4 or more").
public struct ReviewSizeFilter: Sendable, Hashable {
    public var minimum: Int
    public var orMore: Bool

    public init(minimum: Int, orMore: Bool) {
        self.minimum = minimum
        self.orMore = orMore
    }

    /// `2`, `3` or `4+`; nil for anything else.
    public init?(text: String) {
        let plus = text.hasSuffix("+")
        guard let n = Int(plus ? String(text.dropLast()) : text), n >= 2 else { return nil }
        self.init(minimum: n, orMore: plus)
    }
}
