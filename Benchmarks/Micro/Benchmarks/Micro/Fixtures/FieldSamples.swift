/// Inputs of the per-field benchmarks: 1,000 values each (one benchmark iteration works through
/// all of them, so the harness's `.kilo` scaling reports per-value figures), deterministic.
enum FieldSamples {
    static let count = 1_000

    /// Name fields in ASCII romaji as typed: `Tanaka`, `SATOH`, `Tarou-san`, `Mr. John Smith`.
    static func asciiNames(seed: UInt64 = 1) -> [String] {
        var random = FixtureRandom(seed: seed)
        return (0..<count).map { _ in
            let part = random.chance(0.5) ? NameLexicon.japaneseFamily(&random) : NameLexicon.japaneseGiven(&random)
            let name = NameLexicon.romajiVariant(part.romaji, choice: random.below(3))
            switch random.below(10) {
            case 0: return name.uppercased()
            case 1: return name + "-san"
            case 2: return "Mr. \(random.pick(["John", "David", "James"])) \(random.pick(["Smith", "Brown", "Lee"]))"
            default: return name
            }
        }
    }

    /// Katakana fields: `タナカ`, `タナカ　タロウ`, `サトウ様`.
    static func kanaNames(seed: UInt64 = 2) -> [String] {
        japanese(seed: seed) { $0.kana }
    }

    /// Kanji fields: `田中`, `田中　太郎`, `佐藤様`.
    static func kanjiNames(seed: UInt64 = 3) -> [String] {
        japanese(seed: seed) { $0.written }
    }

    /// Latin names with accents and letters beyond Latin-1: `José`, `Nguyễn`, `Łukasiewicz`.
    static func accentedNames(seed: UInt64 = 4) -> [String] {
        var random = FixtureRandom(seed: seed)
        let accented = (NameLexicon.latinFamilyNames + NameLexicon.latinGivenNames).filter { !$0.allSatisfy(\.isASCII) }
        return (0..<count).map { _ in random.pick(accented) }
    }

    /// Phone fields in every spelling: national, E.164, full-width, international, invalid.
    static func phones(seed: UInt64 = 5) -> [String] {
        var random = FixtureRandom(seed: seed)
        return (0..<count).map { _ in
            let u = random.unit()
            if u < 0.05 { return PhoneForms.invalid(&random) }
            if u < 0.15 { return PhoneForms.international(&random) }
            let national = u < 0.75 ? PhoneForms.japaneseMobile(&random) : PhoneForms.japaneseLandline(&random)
            return PhoneForms.render(national, random.pick(PhoneForms.Form.allCases))
        }
    }

    /// Email fields: provider mix, case and Gmail variants, full-width, placeholders.
    static func emails(seed: UInt64 = 6) -> [String] {
        var random = FixtureRandom(seed: seed)
        return (0..<count).map { _ in
            if random.chance(0.03) { return random.pick(EmailForms.placeholders) }
            let family = random.pickSkewed(NameLexicon.japaneseFamilyNames).romaji.lowercased()
            let given = random.pickSkewed(NameLexicon.japaneseGivenNames).romaji.lowercased()
            let address = EmailForms.address(given: given, family: family, &random)
            return random.chance(0.5) ? address : EmailForms.variant(address, &random)
        }
    }

    /// Pairs of romaji keys as the scorer compares them: 10% equal, 40% one slip apart (a
    /// substitution, deletion or transposition), 50% different names.
    static func keyPairs(seed: UInt64 = 7) -> [(String, String)] {
        var random = FixtureRandom(seed: seed)
        let keys = (NameLexicon.japaneseFamilyNames + NameLexicon.japaneseGivenNames).map {
            NameLexicon.romajiVariant($0.romaji, choice: 1).lowercased()
        } + NameLexicon.latinFamilyNames.map(EmailForms.asciiKey)
        return (0..<count).map { _ in
            let a = random.pickSkewed(keys)
            let u = random.unit()
            if u < 0.1 { return (a, a) }
            if u < 0.5 { return (a, slip(a, &random)) }
            return (a, random.pick(keys))
        }
    }

    private static func japanese(seed: UInt64, _ form: (JapaneseName) -> String) -> [String] {
        var random = FixtureRandom(seed: seed)
        return (0..<count).map { _ in
            let family = form(NameLexicon.japaneseFamily(&random))
            switch random.below(10) {
            case 0, 1: return family + "\u{3000}" + form(NameLexicon.japaneseGiven(&random))
            case 2: return family + random.pick(["様", " 様", "さん"])
            case 3, 4, 5: return form(NameLexicon.japaneseGiven(&random))
            default: return family
            }
        }
    }

    private static func slip(_ key: String, _ random: inout FixtureRandom) -> String {
        var letters = Array(key)
        guard letters.count >= 3 else { return key + "a" }
        let i = random.below(letters.count - 1)
        switch random.below(3) {
        case 0: letters[i] = random.pick(Array("aeioukstnmr"))
        case 1: letters.remove(at: i)
        default: letters.swapAt(i, i + 1)
        }
        return String(letters)
    }
}
