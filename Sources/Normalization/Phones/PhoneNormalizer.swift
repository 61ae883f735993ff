/// Turns phone fields as staff and guests type them into E.164, validated by libphonenumber.
///
/// ```swift
/// let phones = PhoneNormalizer()                            // default country JP
/// phones.normalize("090-1234-5678")                         // .valid(e164: "+819012345678")
/// phones.normalize("（03）1234－5678 内線12")                // .valid(e164: "+81312345678")
/// phones.normalize("+44 (0)20 7946 0958")                   // .valid(e164: "+442079460958")
/// phones.normalize("０１０－７８８２－８０２５")               // .invalid: 010 dials abroad from Japan
/// phones.normalize("０１０－７８８２－８０２５", country: "KR") // .valid(e164: "+821078828025")
/// phones.normalize("0414 762 843", country: "AU")          // .valid(e164: "+61414762843")
/// ```
///
/// Two halves. ``PhoneScanner`` reads the field: full-width digits, `＋` and separators (dashes of
/// every kind, `ー` too, spaces, dots, parentheses) fold to ASCII, a leading label (`TEL`, `携帯`)
/// is skipped, an extension (`ext`, `x`, `#`, `内線`) is dropped, and letters, more than 128 bytes
/// or 20 digits make the field invalid without further work. libphonenumber
/// (``PhoneNumberLibrary``) then reads the digits with the full numbering plans: country codes,
/// each region's international prefix (`010` from Japan, `011` from North America, `00`, `0011`),
/// trunk prefixes (`+81 (0)90-...`), a `+81` whose plus a spreadsheet lost, and whether the number
/// can exist at all.
///
/// ## Which country a national number is read in
/// 1. the customer's own country (the address country, ``CustomerInput/country``), when
///    libphonenumber knows it;
/// 2. else the franchise's country (``franchiseCountries``, `normalization.franchise_countries`
///    of the rules), else ``defaultCountry`` (`normalization.default_country`, `JP` built in).
///
/// When the number is not valid in the first of these, it is tried once more in the second
/// (a customer living abroad who gave a Japanese mobile), and a number starting `00` is tried as
/// international (`0081 90-...` typed in Japan, where `00` is not the international prefix).
/// Only a valid number is ``PhoneNormalization/valid(e164:)``; anything else is
/// ``PhoneNormalization/invalid(reason:)`` and the caller keeps the field as written — its
/// digits are never presented as E.164. A number of one digit repeated (`090-1111-1111`) is
/// treated as a placeholder, hence invalid.
///
/// Value type, safe to use from any thread. Each call parses; batch callers pass a
/// ``PhoneCache`` so each distinct number is parsed once.
public struct PhoneNormalizer: Sendable {
    /// The ISO 3166 code national numbers are read in when neither the customer nor the franchise
    /// has a country (`"JP"`).
    public let defaultCountry: String
    /// Country by franchise id, between the customer's own country and ``defaultCountry``.
    public let franchiseCountries: [String: String]
    private let defaultRegion: PhoneRegion?
    private let franchiseRegions: [String: PhoneRegion]

    /// Longest field worth reading: a number with country code, separators and an extension.
    static let maximumBytes = 128
    static let maximumDigits = 20

    public init(defaultCountry: String = "JP", franchiseCountries: [String: String] = [:]) {
        self.defaultCountry = defaultCountry
        self.franchiseCountries = franchiseCountries
        self.defaultRegion = PhoneRegion(defaultCountry)
        self.franchiseRegions = franchiseCountries.compactMapValues { PhoneRegion($0) }
    }

    /// Normalizes a number of a customer with no known country (read in ``defaultCountry``).
    public func normalize(_ raw: String) -> PhoneNormalization {
        var cache = PhoneCache()
        return normalize(raw, country: nil, franchise: nil, cache: &cache)
    }

    /// Normalizes a number of a customer whose address is in `country` (ISO 3166 alpha-2; nil or
    /// unknown: the franchise's or the default country) and who belongs to `franchise`.
    public func normalize(_ raw: String, country: String?, franchise: String? = nil) -> PhoneNormalization {
        var cache = PhoneCache()
        return normalize(raw, country: country, franchise: franchise, cache: &cache)
    }

    /// Same as ``normalize(_:country:franchise:)``, answering from `cache` what was parsed before.
    public func normalize(_ raw: String, country: String?, franchise: String?, cache: inout PhoneCache) -> PhoneNormalization {
        normalize(raw, regions: regions(country: country, franchise: franchise), cache: &cache)
    }

    /// The regions a customer's national numbers are read in, in order.
    func regions(country: String?, franchise: String?) -> PhoneRegions {
        let base = franchise.flatMap { franchiseRegions[$0] } ?? defaultRegion
        guard let country, let own = PhoneRegion(country), own != base else { return PhoneRegions(primary: base, fallback: nil) }
        return PhoneRegions(primary: own, fallback: base)
    }

    func normalize(_ raw: String, regions: PhoneRegions, cache: inout PhoneCache) -> PhoneNormalization {
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
            guard let key = PhoneCache.key(digits: digits, international: international, regions: regions) else {
                return resolve(digits, international: international, regions: regions)
            }
            if let known = cache[key] { return known }
            let result = resolve(digits, international: international, regions: regions)
            cache[key] = result
            return result
        }
    }

    private func resolve(_ digits: [UInt8], international: Bool, regions: PhoneRegions) -> PhoneNormalization {
        if international { return read(digits, international: true, in: regions.primary ?? defaultRegion) }
        guard let primary = regions.primary else {
            return .invalid(reason: "no country code, and the default country \"\(defaultCountry)\" is not one the phone library knows")
        }
        let first = read(digits, international: false, in: primary)
        if case .valid = first { return first }
        // "0081 90-...": 00 dials abroad from most of the world, though not from Japan (010).
        // No national number starts with 00, so reading it as international takes nothing away.
        if digits.count > 4, digits[0] == UInt8(ascii: "0"), digits[1] == UInt8(ascii: "0") {
            let abroad = read(Array(digits.dropFirst(2)), international: true, in: primary)
            if case .valid = abroad { return abroad }
        }
        if let fallback = regions.fallback {
            let second = read(digits, international: false, in: fallback)
            if case .valid = second { return second }
        }
        return first
    }

    /// One libphonenumber reading of `digits` (ASCII), with a `+` when `international`.
    private func read(_ digits: [UInt8], international: Bool, in region: PhoneRegion?) -> PhoneNormalization {
        let parsed = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: digits.count + 1) { buffer in
            var count = 0
            if international {
                buffer[0] = UInt8(ascii: "+")
                count = 1
            }
            for digit in digits {
                buffer[count] = digit
                count += 1
            }
            return PhoneNumberLibrary.parse(UnsafeBufferPointer(rebasing: buffer[..<count]), region: region?.code ?? "ZZ")
        }
        switch parsed {
        case .failure(let failure):
            return .invalid(reason: failure.description)
        case .success(let number) where !number.isValid:
            return .invalid(reason: Self.invalidReason(number, international: international, region: region))
        case .success(let number):
            let e164 = number.digitsWithCountryCode
            let nsn = e164.utf8.dropFirst(1 + String(number.countryCode).utf8.count)
            if let placeholder = PhonePlaceholder.reason(nsn: nsn) { return .invalid(reason: placeholder) }
            return .valid(e164: e164)
        }
    }

    /// Why a number that parsed is not valid, without writing its digits as if they were E.164.
    private static func invalidReason(_ number: ParsedPhoneNumber, international: Bool, region: PhoneRegion?) -> String {
        if !international, let region, PhoneNumberLibrary.countryCode(region: region.code) == number.countryCode {
            return "not a valid \(region.code) number"
        }
        if !international, let region {
            return "read with \(region.code) dialling rules it calls country code \(number.countryCode), where it is not a valid number"
        }
        return "not a valid number for country code \(number.countryCode)"
    }
}
