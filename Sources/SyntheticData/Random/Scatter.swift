/// Spreads distinct keys over a number space without collisions.
///
/// `(key × multiplier + offset) mod space` is a bijection on `0..<space` whenever the multiplier
/// is coprime with the space. Phone numbers are drawn this way so that two people never receive
/// the same number by accident: an accidental collision would be an unfair, unlearnable "match".
enum Scatter {
    /// A large prime; the number spaces used here only have the prime factors 2, 3, 5 and 7, so it
    /// is coprime with every one of them.
    static let multiplier: UInt64 = 2_654_435_761

    /// The image of `key` in `0..<space`. Distinct keys below `space` give distinct results.
    static func value(of key: UInt64, in space: UInt64, offset: UInt64) -> UInt64 {
        precondition(space > 0 && key < space, "key \(key) must be below the space \(space)")
        let m = multiplier % space
        let product = m.multipliedFullWidth(by: key)
        let reduced = space.dividingFullWidth(product).remainder
        let (sum, overflow) = reduced.addingReportingOverflow(offset % space)
        return overflow ? (sum &- space) : (sum % space)
    }
}
