import Testing
@testable import Normalization

@Suite("KanjiReadingLexicon")
struct KanjiReadingLexiconTests {
    let names = NameNormalizer()

    @Test("a kanji name learns its reading and then meets kana and romaji")
    func learnsReading() {
        var lexicon = KanjiReadingLexicon()
        lexicon.observe(name: "田中", reading: "タナカ")
        lexicon.observe(name: "田中", reading: "たなか")
        lexicon.finalize()
        #expect(lexicon.readingKey(for: "田中") == "tanaka")
        #expect(lexicon.readingKey(for: "田中") == names.romajiKey("タナカ"))
        #expect(lexicon.readingKey(for: "田中") == names.romajiKey(names.clean("Tanaka")))
    }

    @Test("spellings of one reading support each other")
    func readingVariantsCountTogether() {
        var lexicon = KanjiReadingLexicon()
        lexicon.observe(name: "太郎", reading: "タロウ")
        lexicon.observe(name: "太郎", reading: "タロー")
        lexicon.finalize()
        #expect(lexicon.readingKey(for: "太郎") == "taro")
    }

    @Test("a reading seen once is not enough by default")
    func minimumSupport() {
        var lexicon = KanjiReadingLexicon()
        lexicon.observe(name: "佐藤", reading: "サトウ")
        lexicon.finalize()
        #expect(lexicon.readingKey(for: "佐藤") == nil)
        lexicon.finalize(minimumSupport: 1)
        #expect(lexicon.readingKey(for: "佐藤") == "sato")
    }

    @Test("a spelling with no dominant reading gets no key")
    func ambiguousReading() {
        var lexicon = KanjiReadingLexicon()
        for _ in 0..<3 { lexicon.observe(name: "中島", reading: "ナカジマ") }
        for _ in 0..<3 { lexicon.observe(name: "中島", reading: "ナカシマ") }
        lexicon.finalize()
        #expect(lexicon.readingKey(for: "中島") == nil)

        for _ in 0..<6 { lexicon.observe(name: "中島", reading: "ナカジマ") }
        lexicon.finalize()   // 9 of 12 = 75%
        #expect(lexicon.readingKey(for: "中島") == "nakazima")
    }

    @Test("non-kanji names and kanji readings are ignored")
    func ignoredObservations() {
        var lexicon = KanjiReadingLexicon()
        for _ in 0..<3 {
            lexicon.observe(name: "tanaka", reading: "タナカ")
            lexicon.observe(name: "田中", reading: "田中")
            lexicon.observe(name: "田中", reading: "")
        }
        lexicon.finalize()
        #expect(lexicon.count == 0)
    }

    @Test("merged partial lexicons count as one")
    func merge() {
        var first = KanjiReadingLexicon(), second = KanjiReadingLexicon()
        first.observe(name: "鈴木", reading: "スズキ")
        second.observe(name: "鈴木", reading: "すずき")
        first.merge(second)
        first.finalize()
        #expect(first.readingKey(for: "鈴木") == "suzuki")
    }

    @Test("nothing is learned before finalize")
    func beforeFinalize() {
        var lexicon = KanjiReadingLexicon()
        lexicon.observe(name: "田中", reading: "タナカ")
        lexicon.observe(name: "田中", reading: "タナカ")
        #expect(lexicon.readingKey(for: "田中") == nil)
    }
}
