/// Everything ``CustomerNormalizer`` can be told.
public struct NormalizationOptions: Sendable, Hashable {
    /// ISO 3166 code national phone numbers are read in when neither the customer (its address
    /// country) nor its franchise (``franchiseCountries``) has one.
    public var defaultCountry: String
    /// ISO 3166 code by franchise id, for bases whose franchises are in different countries.
    public var franchiseCountries: [String: String]
    public var names: NameNormalizationOptions
    public var emails: EmailNormalizationOptions
    /// A kanji spelling needs this many records with the same reading to get a learned key.
    public var lexiconMinimumSupport: Int
    /// ... and that reading must make up this share of the spelling's records.
    public var lexiconMinimumShare: Double
    /// Latest accepted birthday (`yyyymmdd`); nil means today (UTC).
    public var latestBirthday: Int32?

    public init(
        defaultCountry: String = "JP",
        franchiseCountries: [String: String] = [:],
        names: NameNormalizationOptions = NameNormalizationOptions(),
        emails: EmailNormalizationOptions = EmailNormalizationOptions(),
        lexiconMinimumSupport: Int = 2,
        lexiconMinimumShare: Double = 0.6,
        latestBirthday: Int32? = nil
    ) {
        self.defaultCountry = defaultCountry
        self.franchiseCountries = franchiseCountries
        self.names = names
        self.emails = emails
        self.lexiconMinimumSupport = lexiconMinimumSupport
        self.lexiconMinimumShare = lexiconMinimumShare
        self.latestBirthday = latestBirthday
    }
}
