/// One phone number, stored as its country and national significant number (NSN), written out in
/// whichever of the many real-world styles a record uses.
struct PhoneNumber: Sendable, Hashable {
    var country: PhoneCountry
    /// ASCII digits of the national significant number (`9012345678` for 090-1234-5678).
    var nsn: [UInt8]
    /// Digit groups of the NSN for national writing.
    var groups: [Int]

    /// Japanese mobile numbers (070/080/090). Families share landlines, not mobiles.
    var isJapaneseMobile: Bool {
        country == .japan && nsn.count == 10 && nsn[1] == UInt8(ascii: "0")
            && (nsn[0] == UInt8(ascii: "7") || nsn[0] == UInt8(ascii: "8") || nsn[0] == UInt8(ascii: "9"))
    }

    /// Builds the number with index `value` in the space `prefixes × 10^freeDigits`.
    init(country: PhoneCountry, prefixes: [String], freeDigits: Int, groups: [Int], value: UInt64) {
        var power: UInt64 = 1
        for _ in 0..<freeDigits { power *= 10 }
        let prefix = prefixes[Int(value / power)]
        var digits = Array(prefix.utf8)
        var rest = value % power
        var tail = [UInt8](repeating: UInt8(ascii: "0"), count: freeDigits)
        var i = freeDigits - 1
        while i >= 0 {
            tail[i] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            i -= 1
        }
        digits.append(contentsOf: tail)
        self.country = country
        self.nsn = digits
        self.groups = groups
    }

    /// `+<calling code><NSN>`.
    var e164: String { "+" + country.plan.callingCode + String(decoding: nsn, as: UTF8.self) }

    /// The size of the number space for `prefixCount × 10^freeDigits`.
    static func spaceSize(prefixCount: Int, freeDigits: Int) -> UInt64 {
        var power: UInt64 = 1
        for _ in 0..<freeDigits { power *= 10 }
        return UInt64(prefixCount) * power
    }
}
