import Testing
@testable import Normalization

@Suite("ICU shim")
struct ICUShimTests {
    @Test("a transliterator opened by ID transliterates UTF-8", arguments: [
        ("タナカ タロウ", "tanaka tarou"),
        ("josé", "jose"),
        ("иванов", "ivanov"),
        ("", ""),
    ])
    func transliterates(input: String, output: String) throws {
        let transliterator = try ICUTransliterator(id: "Any-Latin; Latin-ASCII")
        #expect(transliterator.transliterate(input) == output)
    }

    @Test("long input grows the output buffer")
    func longInput() throws {
        let transliterator = try ICUTransliterator(id: "Any-Latin; Latin-ASCII")
        let kanji = String(repeating: "田中", count: 2_000)
        let result = try #require(transliterator.transliterate(kanji))
        #expect(result.hasPrefix("tian zhong tian zhong"))
        #expect(result.utf8.count > kanji.utf8.count)
    }

    @Test("an unknown ID is a typed error naming ICU's reason")
    func unknownID() {
        #expect {
            _ = try ICUTransliterator(id: "No-Such-Transform")
        } throws: { error in
            guard let error = error as? ICUError else { return false }
            return error.code == .icuFailure && error.icuErrorName == "U_INVALID_ID"
                && error.description.contains("No-Such-Transform")
        }
    }

    @Test("NFKC case folding", arguments: [
        ("ＴＡＮＡＫＡ", "tanaka"),
        ("ﾀﾅｶ", "タナカ"),
        ("田中\u{3000}太郎", "田中 太郎"),
        ("Straße", "strasse"),
        ("㈱", "(株)"),
        ("plain ascii", "plain ascii"),
        ("MiXeD", "mixed"),
        ("", ""),
    ])
    func nfkcCasefold(input: String, output: String) {
        #expect(UnicodeFolding.nfkcCasefold(input) == output)
    }

    @Test("NFKC folding of text longer than the shim's stack buffer")
    func longFold() {
        let input = String(repeating: "ＡＢＣ", count: 1_000)
        #expect(UnicodeFolding.nfkcCasefold(input) == String(repeating: "abc", count: 1_000))
    }
}
