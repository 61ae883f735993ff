/// The `normalization:` section: options of the normalizers that differ between bases.
public struct NormalizationRules: Sendable, Hashable {
    /// ISO country code for phones written without a country code.
    public var defaultCountry: String = "JP"
    public var gmailIgnoreDots: Bool = true
    public var plusTagDomains: [String] = ["gmail.com", "googlemail.com"]
    public var extraPlaceholderNames: [String] = []
    public var extraPlaceholderEmails: [String] = []

    public init() {}
}
