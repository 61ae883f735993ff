import Testing
@testable import Matching
import Normalization

/// Names as Latin-script exports write them: swapped family and given names, hyphenated and
/// double names, initials, nicknames. Each pair goes through the real normalizer and matcher;
/// the table says which level each name comparison must reach.
@Suite("Latin-script names")
struct LatinNameTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let a: (last: String, first: String)
        let b: (last: String, first: String)
        let lastLevel: String
        let firstLevel: String
        var testDescription: String { "\(a.first) \(a.last) ~ \(b.first) \(b.last)" }
    }

    static let cases: [Case] = [
        Case(a: ("Nguyen", "Sophie"), b: ("Sophie", "Nguyen"), lastLevel: "exact", firstLevel: "exact"),
        Case(a: ("Smith-Jones", "Mary"), b: ("Smith", "Mary"), lastLevel: "jaro_winkler_0.8", firstLevel: "exact"),
        Case(a: ("O'Brien", "Liam"), b: ("OBrien", "Liam"), lastLevel: "exact", firstLevel: "exact"),
        Case(a: ("Miller", "Mary Ann"), b: ("Miller", "Mary-Ann"), lastLevel: "exact", firstLevel: "exact"),
        Case(a: ("Miller", "Mary Ann"), b: ("Miller", "Mary"), lastLevel: "exact", firstLevel: "jaro_winkler_0.92"),
        Case(a: ("Cadwallader", "J"), b: ("Cadwallader", "John"), lastLevel: "exact", firstLevel: "initial"),
        Case(a: ("Cadwallader", "Jim"), b: ("Cadwallader", "James"), lastLevel: "exact", firstLevel: "nickname"),
        Case(a: ("Cadwallader", "John"), b: ("Cadwallader", "Peter"), lastLevel: "exact", firstLevel: "different"),
        // A typo that changes which romaji rule folds the name (`lachan` -> `latyan`, `amber` ->
        // `anber`) still compares by the names as typed.
        Case(a: ("Salt", "Lachlan"), b: ("Salt", "Lachan"), lastLevel: "exact", firstLevel: "jaro_winkler_0.92"),
        Case(a: ("White", "Amber"), b: ("White", "Amger"), lastLevel: "exact", firstLevel: "jaro_winkler_0.8"),
    ]

    @Test("each name pair reaches its level", arguments: cases)
    func levels(_ c: Case) throws {
        let inputs = [CustomerInput(lastName: c.a.last, firstName: c.a.first, birthday: "1980-02-03"),
                      CustomerInput(lastName: c.b.last, firstName: c.b.first, birthday: "1980-02-03")]
        var records = background(200)
        records += CustomerNormalizer().normalize(inputs)
        let ids = (0..<records.count).map { "c\($0)" }
        let result = Matcher(settings: smallSettings()).match(records)
        let outcomes = result.explanation(200, 201, ids: ids).outcomes
        let last = try #require(outcomes.first { $0.comparison == "last_name" })
        let first = try #require(outcomes.first { $0.comparison == "first_name" })
        #expect(last.level.hasPrefix(c.lastLevel))
        #expect(first.level.hasPrefix(c.firstLevel))
    }
}
