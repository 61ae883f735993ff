/// Turns phone fields as staff and guests type them into E.164.
///
/// ```swift
/// let phones = PhoneNormalizer()                 // default country JP
/// phones.normalize("090-1234-5678")              // .valid(e164: "+819012345678")
/// phones.normalize("（03）1234－5678 内線12")     // .valid(e164: "+81312345678")
/// phones.normalize("+44 (0)20 7946 0958")        // .valid(e164: "+442079460958")
/// phones.normalize("03-1234")                    // .invalid(reason: "wrong length for JP: ...")
/// PhoneNormalizer(defaultCountry: "US").normalize("212-555-0123")   // .valid(e164: "+12125550123")
/// ```
///
/// Reads full-width digits, `＋`, dashes of every kind (`ー` too), spaces, dots, parentheses and
/// a leading label (`TEL`, `携帯`); drops extensions (`ext`, `x`, `#`, `内線`). National numbers
/// are read in the default country; `+`, `00`/`010` (from Japan) or `011` (from North America)
/// introduce a country code. Known countries are checked by length and leading digits; other
/// country codes are accepted when the whole number has 8–15 digits. Any letters, or more than
/// 128 bytes or 20 digits, make the field invalid without further work.
///
/// Value type, allocation-light, safe to use from any thread.
public struct PhoneNormalizer: Sendable {
    /// The ISO 3166 code national numbers are read in (`"JP"`).
    public let defaultCountry: String
    private let plan: PhoneNumberingPlan?

    /// Longest field worth reading: a number with country code, separators and an extension.
    static let maximumBytes = 128
    static let maximumDigits = 20

    public init(defaultCountry: String = "JP") {
        self.defaultCountry = defaultCountry
        self.plan = PhoneNumberingPlan.forRegion(defaultCountry)
    }

    public func normalize(_ raw: String) -> PhoneNormalization {
        let byteCount = raw.utf8.count
        if byteCount > Self.maximumBytes {
            return .invalid(reason: "too long for a phone number (\(byteCount) bytes)")
        }
        switch PhoneScanner.scan(raw, maximumDigits: Self.maximumDigits) {
        case .empty:
            return .empty
        case .invalid(let reason):
            return .invalid(reason: reason)
        case .digits(let digits, let international):
            if international { return resolveInternational(digits[...]) }
            return resolveNational(digits)
        }
    }

    private func resolveInternational(_ digits: ArraySlice<UInt8>) -> PhoneNormalization {
        guard let first = digits.first else { return .invalid(reason: "no digits after the international prefix") }
        if first == UInt8(ascii: "0") { return .invalid(reason: "a country code cannot start with 0") }
        guard let country = PhoneNumberingPlan.forInternational(digits) else {
            guard (8...15).contains(digits.count) else {
                return .invalid(reason: "international numbers have 8–15 digits, this one has \(digits.count)")
            }
            return .valid(e164: e164("", digits))
        }
        var nsn = digits.dropFirst(country.callingCode.utf8.count)
        // "+81 (0)90-..." and "+44 (0)20 ...": the trunk 0 does not belong after the country code.
        if country.hasTrunkZero, nsn.first == UInt8(ascii: "0") { nsn = nsn.dropFirst() }
        if let problem = country.problem(with: nsn) { return .invalid(reason: problem) }
        return .valid(e164: e164(country.callingCode, nsn))
    }

    private func resolveNational(_ digits: [UInt8]) -> PhoneNormalization {
        guard let plan else {
            return .invalid(reason: "no country code, and the default country \"\(defaultCountry)\" is not in the phone table")
        }
        for prefix in plan.internationalPrefixes where digits.starts(with: prefix.utf8) && digits.count > prefix.utf8.count {
            return resolveInternational(digits.dropFirst(prefix.utf8.count))
        }
        var nsn = digits[...]
        switch plan.rule {
        case .nanp:
            if nsn.count == 11, nsn.first == UInt8(ascii: "1") { nsn = nsn.dropFirst() }
        default:
            if plan.hasTrunkZero, nsn.first == UInt8(ascii: "0") {
                nsn = nsn.dropFirst()
            } else if digits.starts(with: plan.callingCode.utf8),
                      plan.problem(with: digits.dropFirst(plan.callingCode.utf8.count)) == nil,
                      plan.problem(with: nsn) != nil {
                // "819012345678": a "+81" whose plus was lost (spreadsheets do this).
                nsn = digits.dropFirst(plan.callingCode.utf8.count)
            }
            // Otherwise a missing trunk 0 ("9012345678", also lost in spreadsheets) is accepted
            // when the rest is a valid national number.
        }
        if let problem = plan.problem(with: nsn) { return .invalid(reason: problem) }
        return .valid(e164: e164(plan.callingCode, nsn))
    }

    private func e164(_ callingCode: String, _ nsn: ArraySlice<UInt8>) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "+")]
        bytes.reserveCapacity(1 + callingCode.utf8.count + nsn.count)
        bytes.append(contentsOf: callingCode.utf8)
        bytes.append(contentsOf: nsn)
        return String(decoding: bytes, as: UTF8.self)
    }
}
