/// What libphonenumber read from one phone field: ``PhoneNumberLibrary/parse(_:region:withType:)``.
public struct ParsedPhoneNumber: Sendable, Hashable {
    /// Whether the number exists in its region's numbering plan (libphonenumber's IsValidNumber).
    public var isValid: Bool
    /// The digits libphonenumber read, written `+<country code><national number>`. Only a valid
    /// number's form is E.164 to write or compare; see ``e164``.
    public var digitsWithCountryCode: String
    /// The country calling code (81 for Japan).
    public var countryCode: Int
    /// ISO 3166 region the number belongs to (`"JP"`), `"001"` for non-geographic numbers
    /// (+800), `"ZZ"` when it belongs to none.
    public var region: String
    /// Asked for with `withType: true` (it costs as much as the validity check), else nil.
    public var type: PhoneNumberType?

    /// The E.164 form, only when the number is valid.
    public var e164: String? { isValid ? digitsWithCountryCode : nil }

    public init(isValid: Bool, digitsWithCountryCode: String, countryCode: Int, region: String, type: PhoneNumberType? = nil) {
        self.isValid = isValid
        self.digitsWithCountryCode = digitsWithCountryCode
        self.countryCode = countryCode
        self.region = region
        self.type = type
    }
}
