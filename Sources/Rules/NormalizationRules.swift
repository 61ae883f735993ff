/// The `normalization:` section: options of the normalizers that differ between bases.
public struct NormalizationRules: Sendable, Hashable {
    /// ISO country code for phones written without a country code.
    public var defaultCountry: String = "JP"
    /// Country by franchise id, for national phone numbers of customers without an address
    /// country; franchises not listed use ``defaultCountry``.
    public var franchiseCountries: [String: String] = [:]
    public var gmailIgnoreDots: Bool = true
    public var plusTagDomains: [String] = ["gmail.com", "googlemail.com"]
    public var extraPlaceholderNames: [String] = []
    public var extraPlaceholderEmails: [String] = []

    public init() {}
}
