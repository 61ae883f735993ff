/// How one country writes and numbers its phones: enough to turn a national number into E.164
/// and to reject numbers that cannot exist. Deliberately coarse (lengths and leading digits),
/// not a full libphonenumber: the goal is to keep junk out of matching evidence.
struct PhoneNumberingPlan: Sendable {
    enum Rule: Sendable {
        /// Japan: 9-digit landlines, 10-digit mobiles (070/080/090), IP (050), M2M (020, 060)
        /// and 0800; 0120 and 0570 are 9 digits.
        case japan
        /// North American Numbering Plan: 10 digits, area code and exchange not starting 0/1.
        case nanp
        /// A national significant number of `lengths` digits whose first digit is in `firstDigits`.
        case lengths(ClosedRange<Int>, firstDigits: String)
    }

    /// ISO 3166 codes that select this plan as the default country (upper case).
    var regions: [String]
    var callingCode: String
    /// Whether national numbers start with a trunk `0` that E.164 drops (not in US, IT, ES, SG, HK).
    var hasTrunkZero: Bool
    /// Prefixes that dial abroad from this country, longest first.
    var internationalPrefixes: [String]
    var rule: Rule

    static let all: [PhoneNumberingPlan] = [
        PhoneNumberingPlan(regions: ["JP"], callingCode: "81", hasTrunkZero: true,
                           internationalPrefixes: ["010", "00"], rule: .japan),
        PhoneNumberingPlan(regions: ["US", "CA"], callingCode: "1", hasTrunkZero: false,
                           internationalPrefixes: ["011"], rule: .nanp),
        plan(["GB", "UK"], "44", trunk: true, 9...10, "1235789"),
        plan(["FR"], "33", trunk: true, 9...9, "123456789"),
        plan(["DE"], "49", trunk: true, 6...13, "123456789"),
        // Italy keeps the leading 0 of landlines inside the international number.
        plan(["IT"], "39", trunk: false, 6...11, "0138"),
        plan(["ES"], "34", trunk: false, 9...9, "6789"),
        PhoneNumberingPlan(regions: ["AU"], callingCode: "61", hasTrunkZero: true,
                           internationalPrefixes: ["0011", "00"], rule: .lengths(9...10, firstDigits: "123478")),
        plan(["NZ"], "64", trunk: true, 8...10, "23456789"),
        plan(["SG"], "65", trunk: false, 8...8, "3689"),
        plan(["HK"], "852", trunk: false, 8...8, "2345679"),
        plan(["TW"], "886", trunk: true, 8...9, "23456789"),
        plan(["KR"], "82", trunk: true, 8...10, "1234567"),
        plan(["CN"], "86", trunk: true, 10...11, "123456789"),
        plan(["TH"], "66", trunk: true, 8...9, "23456789"),
        plan(["PH"], "63", trunk: true, 8...10, "23456789"),
        plan(["ID"], "62", trunk: true, 8...12, "23456789"),
        plan(["MY"], "60", trunk: true, 8...10, "13456789"),
        plan(["VN"], "84", trunk: true, 9...10, "23456789"),
        plan(["IN"], "91", trunk: true, 10...10, "123456789"),
    ]

    private static func plan(_ regions: [String], _ code: String, trunk: Bool, _ lengths: ClosedRange<Int>,
                             _ firstDigits: String) -> PhoneNumberingPlan {
        PhoneNumberingPlan(regions: regions, callingCode: code, hasTrunkZero: trunk, internationalPrefixes: ["00"],
                           rule: .lengths(lengths, firstDigits: firstDigits))
    }

    /// The plan for an ISO region code (`"JP"`, `"us"`), if the table has it.
    static func forRegion(_ region: String) -> PhoneNumberingPlan? {
        let upper = String(decoding: region.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
        return all.first { $0.regions.contains(upper) }
    }

    /// The plan whose calling code starts `digits`. Calling codes are prefix-free, so at most
    /// one matches.
    static func forInternational(_ digits: ArraySlice<UInt8>) -> PhoneNumberingPlan? {
        all.first { digits.starts(with: $0.callingCode.utf8) }
    }

    /// nil when `nsn` (national significant number, digits as ASCII) can exist, else why not.
    func problem(with nsn: ArraySlice<UInt8>) -> String? {
        let region = regions[0]
        if let fake = PhoneNumberingPlan.fakePattern(nsn) { return fake }
        switch rule {
        case .japan:
            return PhoneNumberingPlan.japaneseProblem(nsn)
        case .nanp:
            guard nsn.count == 10 else {
                return "wrong length for \(region): \(nsn.count) digits, expected 10 (area code + 7)"
            }
            let d = Array(nsn)
            if d[0] < UInt8(ascii: "2") { return "area code cannot start with \(Character(Unicode.Scalar(d[0])))" }
            if d[3] < UInt8(ascii: "2") { return "exchange cannot start with \(Character(Unicode.Scalar(d[3])))" }
            if d[1] == UInt8(ascii: "1") && d[2] == UInt8(ascii: "1") { return "N11 service codes are not area codes" }
            return nil
        case .lengths(let lengths, let firstDigits):
            guard lengths.contains(nsn.count) else {
                return "wrong length for \(region): \(nsn.count) digits, expected \(lengths.lowerBound)–\(lengths.upperBound)"
            }
            guard let first = nsn.first, firstDigits.utf8.contains(first) else {
                return "\(region) numbers do not start with \(nsn.first.map { String(Unicode.Scalar($0)) } ?? "")"
            }
            return nil
        }
    }

    private static func japaneseProblem(_ nsn: ArraySlice<UInt8>) -> String? {
        guard nsn.count == 9 || nsn.count == 10 else {
            return "wrong length for JP: \(nsn.count) digits after the trunk 0, expected 9 (landline) or 10 (mobile)"
        }
        let d = Array(nsn)
        if d[0] == UInt8(ascii: "0") { return "JP numbers have one leading 0, not two" }
        let twoDigitPrefix = d[1] == UInt8(ascii: "0") && "256789".utf8.contains(d[0])   // 020 050 060 070 080 090
        if nsn.count == 10 {
            let freeDial = d[0] == UInt8(ascii: "8") && d[1] == UInt8(ascii: "0") && d[2] == UInt8(ascii: "0")
            if !twoDigitPrefix && !freeDial {
                return "11-digit JP numbers are mobile (070/080/090), IP (050) or 0800; this looks like a landline with an extra digit"
            }
        } else if twoDigitPrefix {
            return "JP mobile and IP numbers (0\(Character(Unicode.Scalar(d[0])))0) have 11 digits, this one has 10"
        }
        return nil
    }

    /// Numbers typed to fill a mandatory field: one digit repeated (`0000000000`, `090-1111-1111`).
    /// Sequences such as `090-1234-5678` are kept: they are valid numbers, and a number shared by
    /// many unrelated records is down-weighted by frequency downstream.
    static func fakePattern(_ nsn: ArraySlice<UInt8>) -> String? {
        // Short numbers must be one digit throughout: Hong Kong's 2888 8888 is a real vanity number.
        let tail = nsn.suffix(nsn.count >= 10 ? 8 : nsn.count == 9 ? 7 : nsn.count)
        if tail.count >= 6, let first = tail.first, tail.allSatisfy({ $0 == first }) {
            return "placeholder number: the subscriber digits are all \(Character(Unicode.Scalar(first)))"
        }
        return nil
    }
}
