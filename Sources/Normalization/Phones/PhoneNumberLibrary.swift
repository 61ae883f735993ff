import CPhoneNumber

/// Google's libphonenumber, reached through the `CPhoneNumber` C shim: parse, validate, E.164.
///
/// ```swift
/// PhoneNumberLibrary.parse("010-7882-8025", region: "KR")   // valid, "+821078828025", region "KR"
/// PhoneNumberLibrary.parse("010-7882-8025", region: "JP")   // parses (010 dials abroad from Japan), invalid
/// PhoneNumberLibrary.isSupported(region: "kr")             // true
/// ```
///
/// Safe from any thread (the shim shares libphonenumber's thread-safe singleton) and never
/// traps: absurd input comes back as a ``PhoneParseFailure``. Each call costs microseconds
/// (about 2 µs for text already in E.164 form, 8–10 µs for a national number), so batch
/// callers parse each distinct value once (``PhoneNormalizer`` keeps a cache per batch chunk).
public enum PhoneNumberLibrary {
    /// Parses `text` as written in `region` (ISO 3166 alpha-2; numbers with a country code
    /// ignore it).
    public static func parse(_ text: String, region: String, withType: Bool = false) -> Result<ParsedPhoneNumber, PhoneParseFailure> {
        var copy = text
        return copy.withUTF8 { bytes in parse(bytes, region: region, withType: withType) }
    }

    /// Same as ``parse(_:region:withType:)`` for UTF-8 bytes (an empty buffer is "not a number").
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, region: String,
                             withType: Bool = false) -> Result<ParsedPhoneNumber, PhoneParseFailure> {
        guard bytes.count <= Int(CPN_MAX_INPUT_BYTES) else { return .failure(.refused) }
        var result = cpn_result()
        let status = bytes.withMemoryRebound(to: CChar.self) { chars in
            region.withCString { regionText in
                // A non-nil pointer even for an empty buffer: the shim refuses NULL text.
                withUnsafePointer(to: CChar(0)) { empty in
                    cpn_parse(chars.baseAddress ?? empty, Int32(chars.count), regionText,
                              withType ? CPN_WANT_TYPE : 0, &result)
                }
            }
        }
        switch status {
        case CPN_PARSED:
            let e164 = text(of: &result.e164)
            return .success(ParsedPhoneNumber(
                isValid: result.is_valid != 0, digitsWithCountryCode: e164, countryCode: Int(result.country_code),
                region: text(of: &result.region),
                type: withType ? PhoneNumberType(rawValue: result.number_type) ?? .unknown : nil))
        case CPN_NOT_A_NUMBER:
            switch result.error {
            case CPN_ERROR_INVALID_COUNTRY_CODE: return .failure(.noCountry)
            case CPN_ERROR_TOO_SHORT_AFTER_IDD: return .failure(.tooShortAfterInternationalPrefix)
            case CPN_ERROR_TOO_SHORT_NSN: return .failure(.tooShort)
            case CPN_ERROR_TOO_LONG: return .failure(.tooLong)
            default: return .failure(.notANumber)
            }
        case CPN_INPUT_REFUSED:
            return .failure(.refused)
        default:
            return .failure(.internalError)
        }
    }

    /// Whether libphonenumber knows the numbering plan of `region` (`"JP"`, `"kr"`; not `"ZZ"`).
    public static func isSupported(region: String) -> Bool {
        region.withCString { cpn_is_supported_region($0) } != 0
    }

    /// The calling code of `region` (81 for `"JP"`), nil when unknown.
    public static func countryCode(region: String) -> Int? {
        let code = region.withCString { cpn_country_code_for_region($0) }
        return code == 0 ? nil : Int(code)
    }

    /// A NUL-terminated C character array of the result, as a String.
    private static func text<Tuple>(of field: inout Tuple) -> String {
        withUnsafeBytes(of: &field) { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let end = bytes.firstIndex(of: 0) ?? bytes.count
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        }
    }
}
