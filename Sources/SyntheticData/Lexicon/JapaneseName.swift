/// One Japanese surname or given name with every written form a record may use, computed once.
/// A class, so that handing one around costs one reference count rather than one per form.
final class JapaneseName: Sendable {
    let kanji: [Unicode.Scalar]
    let katakana: [Unicode.Scalar]
    let hiragana: [Unicode.Scalar]
    let halfWidth: [Unicode.Scalar]
    /// Lower-case romaji, indexed by ``RomajiStyle/rawValue``.
    let romaji: [[Unicode.Scalar]]
    /// Simplified Hepburn as plain ASCII, for e-mail addresses.
    let asciiRomaji: String
    let female: Bool

    init(kanji: String, katakana: String, female: Bool) {
        self.kanji = Array(kanji.unicodeScalars)
        self.katakana = Array(katakana.unicodeScalars)
        self.hiragana = KanaForms.hiragana(self.katakana)
        self.halfWidth = KanaForms.halfWidth(self.katakana)
        self.romaji = RomajiStyle.allCases.map { Array(Romaji.romanize(Array(katakana.unicodeScalars), style: $0).unicodeScalars) }
        self.asciiRomaji = Romaji.romanize(Array(katakana.unicodeScalars), style: .hepburn)
        self.female = female
    }

    /// Parses a lexicon table of `kanji katakana [m|f]` lines.
    static func parse(_ table: String) -> [JapaneseName] {
        table.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count >= 2 else { return nil }
            return JapaneseName(kanji: String(parts[0]), katakana: String(parts[1]),
                                female: parts.count > 2 && parts[2] == "f")
        }
    }
}
