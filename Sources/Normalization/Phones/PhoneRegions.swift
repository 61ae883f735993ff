/// The regions one customer's national numbers are read in: first `primary`, and when the
/// number is not valid there, `fallback`.
struct PhoneRegions: Sendable, Hashable {
    /// The customer's address country, else the franchise's or the rules' default country.
    var primary: PhoneRegion?
    /// The franchise's or rules' default when it differs from `primary`.
    var fallback: PhoneRegion?
}
