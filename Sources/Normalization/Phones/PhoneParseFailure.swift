/// Why libphonenumber read no number at all from a field.
public enum PhoneParseFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// No country code in the number, and the region to read it in is unknown.
    case noCountry
    /// No phone number in the text.
    case notANumber
    /// An international prefix (`010`, `00`) followed by too few digits.
    case tooShortAfterInternationalPrefix
    case tooShort
    case tooLong
    /// Refused before parsing: longer than 250 bytes, a NUL byte, or ill-formed UTF-8.
    case refused
    /// libphonenumber failed internally (it threw); nothing is known about the number.
    case internalError

    public var description: String {
        switch self {
        case .noCountry: return "no country code, and no known country to read it in"
        case .notANumber: return "not a phone number"
        case .tooShortAfterInternationalPrefix: return "too few digits after the international prefix"
        case .tooShort: return "too short for a phone number"
        case .tooLong: return "too long for a phone number"
        case .refused: return "too long or not text"
        case .internalError: return "the phone library failed on this value"
        }
    }
}
