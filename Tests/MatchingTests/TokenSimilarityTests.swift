import Testing
@testable import Matching

@Suite("Word-by-word similarity of address lines")
struct TokenSimilarityTests {
    @Test("the same lines in another order are equal", arguments: [
        ("8 allunga cockcroft avenue", "8 cockcroft avenue allunga"),
        ("10 mcluckie crescent glenbrae", "10 glenbrae mcluckie crescent"),
    ])
    func reordered(a: String, b: String) {
        #expect(TokenSimilarity.similarity(a, b) == 1)
    }

    @Test("a typo in one word costs little, a missing line costs its share")
    func typosAndMissingLines() {
        let typo = TokenSimilarity.similarity("10 mcluckie crescent glenbare", "10 glenbrae mcluckie crescent")
        let missing = TokenSimilarity.similarity("8 cockcroft avenue", "8 cockcroft avenue allunga")
        #expect(typo > 0.95 && typo < 1)
        #expect(missing > 0.8 && missing < typo)
    }

    @Test("house numbers count only when equal: 4 and 44 on one street are two addresses")
    func houseNumbers() {
        let neighbour = TokenSimilarity.similarity("4 northam street", "44 northam street")
        let typo = TokenSimilarity.similarity("4 northam street", "4 northam streat")
        #expect(neighbour < typo)
        #expect(TokenSimilarity.similarity("12", "21") == 0)
    }

    @Test("unrelated streets are far apart, an empty side is nothing")
    func unrelated() {
        #expect(TokenSimilarity.similarity("7 wallaby place delmar", "22 jingumae shibuya") < 0.6)
        #expect(TokenSimilarity.similarity("", "7 wallaby place") == 0)
    }
}
