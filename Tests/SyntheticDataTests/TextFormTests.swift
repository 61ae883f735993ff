import Testing
@testable import SyntheticData

@Suite("Kana, width and Latin variants")
struct TextFormTests {
    private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
    private func text(_ s: [Unicode.Scalar]) -> String { String(String.UnicodeScalarView(s)) }

    @Test("katakana becomes hiragana; the long-vowel mark stays")
    func hiragana() {
        #expect(text(KanaForms.hiragana(scalars("タナカ"))) == "たなか")
        #expect(text(KanaForms.hiragana(scalars("ユーコ"))) == "ゆーこ")
    }

    @Test("half-width katakana splits voiced marks")
    func halfWidth() {
        #expect(text(KanaForms.halfWidth(scalars("タナカ"))) == "ﾀﾅｶ")
        #expect(text(KanaForms.halfWidth(scalars("ゴトウ"))) == "ｺﾞﾄｳ")
        #expect(text(KanaForms.halfWidth(scalars("パク"))) == "ﾊﾟｸ")
    }

    @Test("full width turns ASCII and spaces into their wide forms")
    func fullWidth() {
        var name = scalars("Tanaka Taro")
        FullWidth.apply(&name)
        #expect(text(name) == "Ｔａｎａｋａ\u{3000}Ｔａｒｏ")
    }

    @Test("Latin folding drops accents, or spells German umlauts out")
    func folding() {
        #expect(text(LatinForms.folded(scalars("José García"))) == "Jose Garcia")
        #expect(text(LatinForms.folded(scalars("Müller"), german: true)) == "Mueller")
        #expect(text(LatinForms.folded(scalars("Dvořák"))) == "Dvorak")
        #expect(LatinForms.asciiLetters(scalars("O'Brien")) == "obrien")
    }

    @Test("a kanji typo replaces one character with a confusable one")
    func kanjiTypo() {
        var rng = SeededRandom(seed: 1)
        var name = scalars("渡辺")
        #expect(Typos.kanji(&name, &rng))
        #expect(["渡邊", "渡邉"].contains(text(name)))
        var plain = scalars("林")
        #expect(!Typos.kanji(&plain, &rng))
    }

    @Test("a Latin typo changes the name by one edit and keeps the first letter", arguments: 0..<20)
    func latinTypo(seed: Int) {
        var rng = SeededRandom(seed: UInt64(seed))
        var name = scalars("Tanaka")
        #expect(Typos.latin(&name, &rng))
        #expect(name.first == "T")
        #expect(text(name) != "Tanaka")
        #expect(abs(name.count - 6) <= 1)
    }

    @Test("a kana typo refuses text that is not kana")
    func kanaTypoNeedsKana() {
        var rng = SeededRandom(seed: 2)
        var kanji = scalars("佐々木")
        #expect(!Typos.kana(&kanji, &rng))
        var kana = scalars("ユウコ")
        #expect(Typos.kana(&kana, &rng))
        #expect(text(kana) != "ユウコ")
    }
}
