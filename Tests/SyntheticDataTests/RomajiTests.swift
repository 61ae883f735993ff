import Testing
@testable import SyntheticData

@Suite("Katakana is romanised in the styles real records use")
struct RomajiTests {
    /// (katakana, hepburn, wapuro, passport, macron)
    static let table: [(String, String, String, String, String)] = [
        ("タロウ", "taro", "tarou", "taroh", "tarō"),
        ("ユウコ", "yuko", "yuuko", "yuko", "yūko"),
        ("ショウタ", "shota", "shouta", "shohta", "shōta"),
        ("ジュンイチ", "junichi", "jun'ichi", "junichi", "jun'ichi"),
        ("サトウ", "sato", "satou", "satoh", "satō"),
        ("オオタ", "ota", "oota", "ohta", "ōta"),
        ("イノウエ", "inoue", "inoue", "inoue", "inoue"),
        ("ハットリ", "hattori", "hattori", "hattori", "hattori"),
        ("リュウノスケ", "ryunosuke", "ryuunosuke", "ryunosuke", "ryūnosuke"),
        ("キョウコ", "kyoko", "kyouko", "kyohko", "kyōko"),
        ("モチヅキ", "mochizuki", "mochizuki", "mochizuki", "mochizuki"),
        ("ナンバ", "nanba", "nanba", "namba", "nanba"),
        ("イイダ", "iida", "iida", "iida", "iida"),
    ]

    @Test("each style handles long vowels, syllabic n and double consonants", arguments: table)
    func styles(_ row: (String, String, String, String, String)) {
        let kana = Array(row.0.unicodeScalars)
        #expect(Romaji.romanize(kana, style: .hepburn) == row.1)
        #expect(Romaji.romanize(kana, style: .wapuro) == row.2)
        #expect(Romaji.romanize(kana, style: .passport) == row.3)
        #expect(Romaji.romanize(kana, style: .macron) == row.4)
    }

    @Test("every lexicon name romanises to ASCII letters in Hepburn")
    func lexiconIsRomanisable() {
        let lexicon = Lexicon.shared
        for name in lexicon.surnames + lexicon.maleGiven + lexicon.femaleGiven {
            #expect(!name.asciiRomaji.isEmpty)
            #expect(name.asciiRomaji.allSatisfy { $0.isASCII && $0.isLetter }, "\(name.asciiRomaji)")
        }
    }

    @Test("the lexicons are large enough to be realistic")
    func lexiconSizes() {
        let lexicon = Lexicon.shared
        #expect(lexicon.surnames.count >= 150)
        #expect(lexicon.maleGiven.count + lexicon.femaleGiven.count >= 150)
        #expect(lexicon.surnameSampler.probability(of: 0) > 0.03, "佐藤 should be very common")
    }
}
