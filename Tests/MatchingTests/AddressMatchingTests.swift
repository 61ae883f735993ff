import Testing
@testable import Matching
import Normalization

/// Bases without phones or emails (public record-linkage benchmarks, older CRM imports) lean on
/// the address: the same person with a mistyped name is found through it.
@Suite("Matching on addresses")
struct AddressMatchingTests {
    private let ids = (0..<2_000).map { "c\($0)" }

    @Test("a mistyped surname is found through the same address and birthday, and the street's typo still agrees")
    func typoFoundThroughAddress() throws {
        var records = addressOnlyBackground()
        records.append(person("mccarthy", "harley", birthday: 19_080_419, postalCode: "3165", street: "177pridhamstreet"))
        records.append(person("mcarthy", "harlee", birthday: 19_080_419, postalCode: "3165", street: "177pridhamstrete"))
        let n = records.count
        let result = Matcher(settings: smallSettings()).match(records)
        let pair = try #require(result.pairs.first { Int($0.a) == n - 2 && Int($0.b) == n - 1 })
        let outcomes = result.explanation(for: pair, ids: ids).outcomes
        #expect(outcomes.first { $0.comparison == "postal_code" }?.level == "exact")
        #expect(outcomes.first { $0.comparison == "street" }?.level == "jaro_winkler_0.9")
        #expect(outcomes.first { $0.comparison == "street" }?.detail == "177pridhamstreet ~ 177pridhamstrete")
    }

    @Test("a different address weighs against a match, a missing one is neutral")
    func differentAddressWeighsAgainst() {
        var records = addressOnlyBackground()
        records.append(person("tanaka", "taro", birthday: 19_800_101, postalCode: "1500001", street: "jingumae1"))
        records.append(person("tanaka", "taro", birthday: 19_800_101, postalCode: "5300001", street: "umeda2"))
        records.append(person("tanaka", "taro", birthday: 19_800_101))
        let n = records.count
        let result = Matcher(settings: smallSettings()).match(records)
        let moved = result.explanation(n - 3, n - 2, ids: ids).outcomes
        let unknown = result.explanation(n - 3, n - 1, ids: ids).outcomes
        #expect(moved.first { $0.comparison == "postal_code" }.map { $0.level == "different" && $0.weight < 0 } == true)
        #expect(unknown.first { $0.comparison == "street" }.map { $0.level == "missing" && $0.weight == 0 } == true)
    }
}
