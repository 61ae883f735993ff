import Testing
@testable import Matching
import Normalization

/// A customer may have several addresses (home and office): every one of them is evidence.
/// Comparisons take the best level over every pair of the two records' addresses, and blocking
/// keys come from each address, so a duplicate typed with the second address is still found.
@Suite("Every address of a customer")
struct OtherAddressTests {
    private let ids = (0..<2_000).map { "c\($0)" }

    private func withOther(_ p: NormalizedCustomer, postalCode: String, street: String) -> NormalizedCustomer {
        var p = p
        p.otherAddresses = [NormalizedAddress(postalCode: postalCode, street: street)]
        return p
    }

    struct Case: Sendable, CustomStringConvertible {
        let description: String
        /// Record A's own address and its other one; record B's own address.
        let a: (postal: String, street: String)
        let aOther: (postal: String, street: String)?
        let b: (postal: String, street: String)
        let postalLevel: String
        let streetLevel: String
    }

    static let cases: [Case] = [
        Case(description: "B's address is A's second one", a: ("1500001", "jingumae1"), aOther: ("5300001", "umeda2"),
             b: ("5300001", "umeda2"), postalLevel: "exact", streetLevel: "exact"),
        Case(description: "B's address is a typo of A's second one", a: ("1500001", "jingumae1"), aOther: ("5300001", "umeda2"),
             b: ("5300010", "umedda2"), postalLevel: "edit_distance_1", streetLevel: "jaro_winkler_0.9"),
        Case(description: "without the second address the same pair differs", a: ("1500001", "jingumae1"), aOther: nil,
             b: ("5300001", "umeda2"), postalLevel: "different", streetLevel: "different"),
        Case(description: "the own address still counts when the other one differs", a: ("1500001", "jingumae1"),
             aOther: ("9990001", "sapporo9"), b: ("1500001", "jingumae1"), postalLevel: "exact", streetLevel: "exact"),
    ]

    @Test("the address comparisons take the best level over every pair of addresses", arguments: cases)
    func bestLevelOverAddressPairs(_ c: Case) throws {
        var records = addressOnlyBackground()
        var a = person("tanaka", "taro", birthday: 19_800_101, postalCode: c.a.postal, street: c.a.street)
        if let other = c.aOther { a = withOther(a, postalCode: other.postal, street: other.street) }
        records.append(a)
        records.append(person("tanaka", "taro", birthday: 19_800_101, postalCode: c.b.postal, street: c.b.street))
        let n = records.count
        let result = Matcher(settings: smallSettings()).match(records)
        let outcomes = result.explanation(n - 2, n - 1, ids: ids).outcomes
        #expect(outcomes.first { $0.comparison == "postal_code" }?.level == c.postalLevel)
        #expect(outcomes.first { $0.comparison == "street" }?.level == c.streetLevel)
    }

    @Test("a record is blocked on each of its addresses: a renamed guest at the second address is found")
    func blockedOnEveryAddress() {
        var records = addressOnlyBackground()
        // Family name and given name both retyped: only the address rule can propose this pair.
        records.append(withOther(person("yamada", "hanako", birthday: 19_750_505, postalCode: "1500001", street: "jingumae1"),
                                 postalCode: "5300001", street: "umeda2"))
        records.append(person("yamamoto", "hanae", birthday: 19_750_505, postalCode: "5300001", street: "umeda2"))
        let n = records.count
        let table = RecordTable(records, threads: 1)
        let address = MatchingSettings.standard.blockingRules.filter { $0.name == "address" }
        let pairs = CandidatePairs.block(table, rules: address).packed
        #expect(pairs.contains(UInt64(n - 2) << 32 | UInt64(n - 1)))
        // The keys pair each address's own postal code with its own street, never across.
        var crossed = records
        crossed[n - 1] = person("yamamoto", "hanae", birthday: 19_750_505, postalCode: "1500001", street: "umeda2")
        let crossedPairs = CandidatePairs.block(RecordTable(crossed, threads: 1), rules: address).packed
        #expect(!crossedPairs.contains(UInt64(n - 2) << 32 | UInt64(n - 1)))
    }
}
