/// One Japanese name part in the three ways customers and staff write it.
struct JapaneseName: Sendable {
    /// As registered: kanji (田中), sometimes hiragana (さくら).
    var written: String
    /// The reading in katakana, as the furigana field holds it.
    var kana: String
    /// Hepburn with long vowels spelled out (`Satou`); ``NameLexicon/romajiVariant`` turns it
    /// into the spellings found in real data (Sato, Satoh, Satō).
    var romaji: String

    init(_ written: String, _ kana: String, _ romaji: String) {
        self.written = written
        self.kana = kana
        self.romaji = romaji
    }
}
