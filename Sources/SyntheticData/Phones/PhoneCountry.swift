/// The countries whose phone numbers appear in the base, with their numbering plans (simplified
/// but valid-looking: real mobile prefixes, real national layouts).
enum PhoneCountry: UInt8, Sendable, CaseIterable {
    case japan, us, uk, australia, singapore, hongKong, taiwan, spain, mexico, germany, france, italy
    case china, korea, vietnam, india, indonesia

    /// How one country writes its numbers.
    struct Plan: Sendable {
        /// Country calling code without `+`.
        var callingCode: String
        /// National trunk prefix written before the number at home (`0` in Japan), or empty.
        var trunk: String
        /// Leading digits of mobile numbers (after the trunk prefix).
        var mobilePrefixes: [String]
        /// Digits after the prefix.
        var freeDigits: Int
        /// Digit groups of the national significant number, for the written national form.
        var groups: [Int]
        /// Separator between groups when written the national way.
        var separator: UInt8
    }

    var plan: Plan { Self.plans[Int(rawValue)] }

    private static let plans: [Plan] = [
        // 070/080/090 then 1–9: numbers after `0x0-0` are not allocated, and libphonenumber
        // (rightly) calls them invalid, which real customers' numbers never are.
        Plan(callingCode: "81", trunk: "0", mobilePrefixes: ["7", "8", "9"].flatMap { a in (1...9).map { "\(a)0\($0)" } }, freeDigits: 7,
             groups: [2, 4, 4], separator: UInt8(ascii: "-")),
        Plan(callingCode: "1", trunk: "",
             mobilePrefixes: ["212", "415", "646", "310", "617", "206", "312", "702", "808", "917",
                              "213", "628"].flatMap { area in (2...9).map { "\(area)\($0)" } },
             freeDigits: 6, groups: [3, 3, 4], separator: UInt8(ascii: "-")),
        Plan(callingCode: "44", trunk: "0", mobilePrefixes: (1...9).map { "7\($0)" }, freeDigits: 8,
             groups: [4, 6], separator: UInt8(ascii: " ")),
        Plan(callingCode: "61", trunk: "0", mobilePrefixes: ["40", "41", "42", "43", "44", "45", "47", "48"],
             freeDigits: 7, groups: [3, 3, 3], separator: UInt8(ascii: " ")),
        Plan(callingCode: "65", trunk: "", mobilePrefixes: ["8", "9"], freeDigits: 7,
             groups: [4, 4], separator: UInt8(ascii: " ")),
        Plan(callingCode: "852", trunk: "", mobilePrefixes: ["5", "6", "9"], freeDigits: 7,
             groups: [4, 4], separator: UInt8(ascii: " ")),
        Plan(callingCode: "886", trunk: "0", mobilePrefixes: ["9"], freeDigits: 8,
             groups: [3, 3, 3], separator: UInt8(ascii: " ")),
        Plan(callingCode: "34", trunk: "", mobilePrefixes: ["6"], freeDigits: 8,
             groups: [3, 2, 2, 2], separator: UInt8(ascii: " ")),
        Plan(callingCode: "52", trunk: "", mobilePrefixes: ["55", "33", "81"], freeDigits: 8,
             groups: [2, 4, 4], separator: UInt8(ascii: " ")),
        Plan(callingCode: "49", trunk: "0",
             mobilePrefixes: ["151", "152", "157", "160", "170", "171", "172", "176"], freeDigits: 8,
             groups: [3, 8], separator: UInt8(ascii: " ")),
        Plan(callingCode: "33", trunk: "0", mobilePrefixes: ["6", "7"], freeDigits: 8,
             groups: [1, 2, 2, 2, 2], separator: UInt8(ascii: " ")),
        Plan(callingCode: "39", trunk: "", mobilePrefixes: ["32", "33", "34", "35", "36", "38", "39"],
             freeDigits: 8, groups: [3, 3, 4], separator: UInt8(ascii: " ")),
        Plan(callingCode: "86", trunk: "", mobilePrefixes: ["13", "15", "17", "18", "19"], freeDigits: 9,
             groups: [3, 4, 4], separator: UInt8(ascii: " ")),
        Plan(callingCode: "82", trunk: "0", mobilePrefixes: ["10"], freeDigits: 8,
             groups: [2, 4, 4], separator: UInt8(ascii: "-")),
        Plan(callingCode: "84", trunk: "0", mobilePrefixes: ["90", "91", "93", "94", "96", "97", "98"],
             freeDigits: 7, groups: [2, 3, 4], separator: UInt8(ascii: " ")),
        Plan(callingCode: "91", trunk: "0", mobilePrefixes: ["98", "99", "97", "96", "70", "80", "90"],
             freeDigits: 8, groups: [5, 5], separator: UInt8(ascii: " ")),
        Plan(callingCode: "62", trunk: "0", mobilePrefixes: ["812", "813", "821", "822", "852", "878"],
             freeDigits: 8, groups: [3, 4, 4], separator: UInt8(ascii: "-")),
    ]
}
