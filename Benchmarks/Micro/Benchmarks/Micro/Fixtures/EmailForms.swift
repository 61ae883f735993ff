/// Email addresses as customers give them: provider mix of Japanese restaurant bases, and the
/// spellings one address takes across records (case, Gmail dots and tags, full-width text).
enum EmailForms {
    /// Providers, most common first (picks are skewed towards the front).
    static let domains = [
        "gmail.com", "docomo.ne.jp", "yahoo.co.jp", "icloud.com", "ezweb.ne.jp", "softbank.ne.jp",
        "i.softbank.jp", "outlook.jp", "hotmail.com", "au.com", "nifty.com", "example-corp.co.jp",
    ]

    /// A fresh address for a person with ASCII name keys `given` and `family`.
    static func address(given: String, family: String, _ random: inout FixtureRandom) -> String {
        let local: String
        switch random.below(5) {
        case 0: local = given + "." + family
        case 1: local = given + family + random.digits(2)
        case 2: local = family + "_" + given
        case 3: local = given + "-" + random.digits(4)
        default: local = String(given.prefix(1)) + family + random.digits(3)
        }
        return local + "@" + random.pickSkewed(domains)
    }

    /// `address` as one more record of the same person might hold it.
    static func variant(_ address: String, _ random: inout FixtureRandom) -> String {
        switch random.below(10) {
        case 0: return address.prefix(1).uppercased() + address.dropFirst()
        case 1: return address.uppercased()
        case 2 where address.hasSuffix("@gmail.com"):
            return String(address.localPart.filter { $0 != "." }) + "@gmail.com"
        case 3 where address.hasSuffix("@gmail.com"):
            return String(address.localPart) + "+rsv@gmail.com"
        case 4: return " " + address + " "
        case 5: return FullWidth.ascii(address)
        default: return address
        }
    }

    /// Addresses typed to get past a mandatory field.
    static let placeholders = ["none@docomo.ne.jp", "noreply@gmail.com", "xxx@xxx.com", "no@mail.com"]

    /// Lower-case ASCII of a Latin name part for a local part: `García` → `garcia`.
    static func asciiKey(_ name: String) -> String {
        var result = ""
        for character in name.lowercased() {
            if character.isASCII {
                if character.isLetter { result.append(character) }
            } else if let plain = plainLetters[character] {
                result.append(plain)
            }
        }
        return result
    }

    private static let plainLetters: [Character: Character] = [
        "á": "a", "à": "a", "ä": "a", "ç": "c", "é": "e", "è": "e", "ë": "e", "ễ": "e", "í": "i", "ł": "l",
        "ñ": "n", "ó": "o", "ö": "o", "ø": "o", "ō": "o", "ú": "u", "ü": "u", "ū": "u",
    ]
}

private extension String {
    /// Everything before the `@`.
    var localPart: Substring {
        self[..<(firstIndex(of: "@") ?? endIndex)]
    }
}
