import Normalization

/// One real person behind one or more customer records, with the contact data they give.
///
/// ``record(_:first:)`` writes the person the way one more visit's record would hold them: the
/// name in kanji, kana or romaji, the phone in one of its spellings, the email perhaps missing.
struct FixturePerson {
    enum Name {
        case japanese(family: JapaneseName, given: JapaneseName)
        case latin(family: String, given: String)
    }

    var name: Name
    var franchise: String
    /// National digits (`09012345678`) for Japanese numbers, the full text for international ones.
    var mobile: String?
    var landline: String?
    var email: String?
    var birthday: (year: Int, month: Int, day: Int)?
    var company: String?

    static let franchises = ["tc-001", "tc-002", "tc-003"]
    static let companies = ["株式会社山田商事", "Tanaka Trading Co., Ltd.", "ＡＢＣ株式会社", "みずほ物産", "Acme Corp."]

    /// A new person; with `household`, a family member sharing its surname, franchise and
    /// landline (and sometimes its email): the commonest source of false merges.
    static func make(_ random: inout FixtureRandom, household: FixturePerson?) -> FixturePerson {
        let name: Name
        if case .japanese(let family, _)? = household?.name {
            name = .japanese(family: family, given: NameLexicon.japaneseGiven(&random))
        } else if random.chance(0.85) {
            name = .japanese(family: NameLexicon.japaneseFamily(&random), given: NameLexicon.japaneseGiven(&random))
        } else {
            name = .latin(family: random.pickSkewed(NameLexicon.latinFamilyNames),
                          given: random.pickSkewed(NameLexicon.latinGivenNames))
        }
        var person = FixturePerson(name: name, franchise: household?.franchise ?? random.pickSkewed(franchises))
        if case .latin = name, random.chance(0.6) {
            person.mobile = PhoneForms.international(&random)
        } else if random.chance(0.9) {
            person.mobile = PhoneForms.japaneseMobile(&random)
        }
        person.landline = household?.landline ?? (random.chance(0.25) ? PhoneForms.japaneseLandline(&random) : nil)
        if let shared = household?.email, random.chance(0.3) {
            person.email = shared
        } else if random.chance(0.7) {
            person.email = EmailForms.address(given: person.asciiGiven, family: person.asciiFamily, &random)
        }
        if random.chance(0.35) {
            person.birthday = (1940 + random.below(65), 1 + random.below(12), 1 + random.below(28))
        }
        if random.chance(0.08) { person.company = random.pick(companies) }
        return person
    }

    private init(name: Name, franchise: String) {
        self.name = name
        self.franchise = franchise
    }

    /// One record of this person. The `first` record is the cleanest; later ones drift.
    func record(_ random: inout FixtureRandom, first: Bool) -> CustomerInput {
        var input = CustomerInput(franchise: franchise)
        writeName(into: &input, &random, typo: !first && random.chance(0.03))
        if random.chance(0.02) { swap(&input.lastName, &input.firstName) }
        if let mobile, first || random.chance(0.9) {
            let changed = !first && random.chance(0.05)
            let number = changed ? PhoneForms.japaneseMobile(&random) : mobile
            input.phones.append(number.hasPrefix("+") ? number : PhoneForms.render(number, phoneForm(&random)))
        }
        if let landline, random.chance(0.6) {
            input.phones.append(PhoneForms.render(landline, phoneForm(&random)))
        }
        if random.chance(0.01) { input.phones.append(PhoneForms.invalid(&random)) }
        if let email, first || random.chance(0.8) {
            input.emails.append(first ? email : EmailForms.variant(email, &random))
        }
        if let birthday, first || random.chance(0.7) {
            let (y, m, d) = birthday
            input.birthday = random.chance(0.5) ? "\(y)/\(m)/\(d)" : "\(y)-\(pad(m))-\(pad(d))"
        }
        input.company = company
        return input
    }

    private func writeName(into input: inout CustomerInput, _ random: inout FixtureRandom, typo: Bool) {
        switch name {
        case .latin(let family, let given):
            input.lastName = random.chance(0.1) ? family.uppercased() : family
            input.firstName = given
        case .japanese(let family, let given):
            let style = random.unit()
            if style < 0.40 {            // kanji with the furigana fields
                input.lastName = family.written; input.firstName = given.written
                input.lastNameReading = family.kana; input.firstNameReading = given.kana
            } else if style < 0.55 {     // kanji alone
                input.lastName = family.written; input.firstName = given.written
            } else if style < 0.72 {     // katakana
                input.lastName = family.kana; input.firstName = given.kana
            } else if style < 0.86 {     // romaji, in one of its spellings
                let choice = random.below(4)
                input.lastName = NameLexicon.romajiVariant(family.romaji, choice: choice)
                let first = NameLexicon.romajiVariant(given.romaji, choice: choice)
                input.firstName = typo ? Self.transposed(first, &random) : first
            } else if style < 0.90 {     // full-width romaji
                input.lastName = FullWidth.ascii(family.romaji); input.firstName = FullWidth.ascii(given.romaji)
            } else if style < 0.95 {     // with an honorific
                input.lastName = family.written; input.firstName = given.written + random.pick([" 様", "様", "さん"])
            } else {                     // the whole name in one field
                input.lastName = family.written + random.pick([" ", "\u{3000}"]) + given.written
            }
        }
    }

    private func phoneForm(_ random: inout FixtureRandom) -> PhoneForms.Form {
        random.pickSkewed(PhoneForms.Form.allCases)
    }

    private func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// Two neighbouring letters swapped: the commonest typing slip.
    private static func transposed(_ text: String, _ random: inout FixtureRandom) -> String {
        var characters = Array(text)
        guard characters.count >= 3 else { return text }
        let i = 1 + random.below(characters.count - 2)
        characters.swapAt(i, i + 1)
        return String(characters)
    }

    var asciiFamily: String {
        switch name {
        case .japanese(let family, _): return family.romaji.lowercased()
        case .latin(let family, _): return EmailForms.asciiKey(family)
        }
    }

    var asciiGiven: String {
        switch name {
        case .japanese(_, let given): return given.romaji.lowercased()
        case .latin(_, let given): return EmailForms.asciiKey(given)
        }
    }
}
