/// Phone numbers as staff and guests type them: one number, many spellings.
enum PhoneForms {
    /// The spellings of one Japanese number found in real exports.
    enum Form: CaseIterable {
        case hyphenated      // 090-1234-5678
        case plain           // 09012345678
        case e164            // +819012345678
        case e164Spaced      // +81 90-1234-5678
        case fullWidth       // ０９０－１２３４－５６７８
        case parenthesised   // (03) 1234-5678
    }

    /// An 11-digit national mobile number: 090, 080 or 070 and eight digits.
    static func japaneseMobile(_ random: inout FixtureRandom) -> String {
        "0" + random.pick(["9", "8", "7"]) + "0" + random.digits(8)
    }

    /// A 10-digit national landline: Tokyo, Osaka or Yokohama.
    static func japaneseLandline(_ random: inout FixtureRandom) -> String {
        switch random.below(3) {
        case 0: return "03" + random.digits(8)
        case 1: return "06" + random.digits(8)
        default: return "045" + random.digits(7)
        }
    }

    /// An international guest's number, already with its country code.
    static func international(_ random: inout FixtureRandom) -> String {
        switch random.below(4) {
        case 0: return "+1 415-555-" + random.digits(4)
        case 1: return "+44 20 7946 " + random.digits(4)
        case 2: return "+33 6 " + (0..<4).map { _ in random.digits(2) }.joined(separator: " ")
        default: return "+49 30 " + random.digits(8)
        }
    }

    /// A number the normalizer must reject (a digit missing, a truncated landline).
    static func invalid(_ random: inout FixtureRandom) -> String {
        random.chance(0.5) ? "090-" + random.digits(4) + "-" + random.digits(3) : "03-" + random.digits(4)
    }

    /// `national` (ASCII digits with the trunk 0) written in `form`.
    static func render(_ national: String, _ form: Form) -> String {
        let groups = self.groups(national)
        switch form {
        case .hyphenated: return groups.joined(separator: "-")
        case .plain: return national
        case .e164: return "+81" + national.dropFirst()
        case .e164Spaced: return "+81 " + ([String(groups[0].dropFirst())] + groups.dropFirst()).joined(separator: "-")
        case .fullWidth: return FullWidth.ascii(groups.joined(separator: "-"))
        case .parenthesised: return "(" + groups[0] + ") " + groups.dropFirst().joined(separator: "-")
        }
    }

    /// Area code, exchange, subscriber: 090-1234-5678, 03-1234-5678, 045-123-4567.
    private static func groups(_ national: String) -> [String] {
        let digits = Array(national)
        let first = national.hasPrefix("03") || national.hasPrefix("06") ? 2 : 3
        let second = digits.count == 11 || first == 2 ? 4 : 3
        return [String(digits[..<first]), String(digits[first..<(first + second)]), String(digits[(first + second)...])]
    }
}
