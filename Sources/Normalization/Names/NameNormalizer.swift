/// Cleans customer names and turns them into comparison keys.
///
/// ```swift
/// let names = NameNormalizer()
/// names.clean("田中　様")              // "田中"
/// names.clean("Mr. O'Brien")          // "obrien"
/// names.romajiKey("タナカ")            // "tanaka"
/// names.romajiKey("tarou")            // "taro"
/// names.isPlaceholder("Walk-in")      // true
/// ```
///
/// Value type, immutable, safe to share between threads. The ICU transliterator behind
/// ``romajiKey(_:)`` is shared by the whole process and serialised by ICU; for many names use
/// ``CustomerNormalizer``, which romanizes each distinct string once.
public struct NameNormalizer: Sendable {
    public let options: NameNormalizationOptions

    /// Folded honorifics dropped as whole words.
    let honorificWords: Set<String>
    /// Non-ASCII honorifics also dropped as suffixes, longest first.
    let honorificSuffixes: [String]
    let titles: Set<String>
    let romajiHonorifics: Set<String>
    /// Placeholders compared with the light form (punctuation kept).
    let placeholderLight: Set<String>
    /// Placeholders without punctuation, compared with the cleaned form.
    let placeholderCleaned: Set<String>
    let transliterator: ICUTransliterator?

    public init(options: NameNormalizationOptions = NameNormalizationOptions()) {
        self.options = options
        let words = Set(options.honorifics.map { Self.pieceForm($0) }.filter { !$0.isEmpty })
        self.honorificWords = words
        self.honorificSuffixes = words.filter { !ScalarClass.isASCII($0) }
            .sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        self.titles = Set(options.titles.map { Self.pieceForm($0) }.filter { !$0.isEmpty })
        self.romajiHonorifics = Set(options.romajiHonorifics.map { Self.pieceForm($0) }.filter { !$0.isEmpty })
        self.placeholderLight = Set(options.placeholderNames.map { Self.lightForm($0) }.filter { !$0.isEmpty })
        self.transliterator = SharedTransliterator.anyLatinASCII
        // Needs the fields above: cleaning applies the honorific rules to the entries too.
        var cleaned = Set<String>()
        for entry in options.placeholderNames where !Self.hasPunctuation(entry) {
            let form = Self.cleanPieces(UnicodeFolding.nfkcCasefold(entry), honorificWords: words,
                                        honorificSuffixes: honorificSuffixes, titles: titles,
                                        romajiHonorifics: romajiHonorifics)
            if !form.isEmpty { cleaned.insert(form) }
        }
        self.placeholderCleaned = cleaned
    }

    /// The folded romaji key of a cleaned name (see ``RomajiFolding``): `タナカ` → `tanaka`,
    /// `Tarō` → `taro`, `Иванов` → `ivanov`, `김민수` → `ginminsu`.
    ///
    /// ASCII and kana are romanized here without ICU; everything else goes through ICU's
    /// `Any-Latin; Latin-ASCII`. Kanji come out as Mandarin pinyin (`田中` → `tianzhong`): a key
    /// that only meets other kanji; ``CustomerNormalizer`` prefers readings and the
    /// ``KanjiReadingLexicon`` for kanji.
    public func romajiKey(_ cleaned: String) -> String {
        switch NameScript(of: cleaned) {
        case .empty:
            return ""
        case .latin where ScalarClass.isASCII(cleaned):
            return RomajiFolding.fold(cleaned)
        case .kana:
            if let romaji = KanaRomanizer.romanize(cleaned) { return RomajiFolding.fold(bytes: romaji) }
            return transliteratedKey(cleaned)
        default:
            return transliteratedKey(cleaned)
        }
    }

    /// True when ``romajiKey(_:)`` would call ICU for `cleaned` (not ASCII, not pure kana).
    public func needsTransliteration(_ cleaned: String) -> Bool {
        switch NameScript(of: cleaned) {
        case .empty: return false
        case .latin: return !ScalarClass.isASCII(cleaned)
        case .kana: return KanaRomanizer.romanize(cleaned) == nil
        case .han, .other: return true
        }
    }

    private func transliteratedKey(_ cleaned: String) -> String {
        guard let latin = transliterator?.transliterate(cleaned) else {
            // ICU unavailable: keep whatever ASCII the name has rather than nothing.
            return RomajiFolding.fold(cleaned)
        }
        return RomajiFolding.fold(latin)
    }
}

/// The process-wide transliterator: opening one parses its rules, so it is opened once.
enum SharedTransliterator {
    static let anyLatinASCII: ICUTransliterator? = try? ICUTransliterator(id: "Any-Latin; Latin-ASCII")
}
