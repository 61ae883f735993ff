import Testing
@testable import Matching
import Rules
import Normalization

/// The built-in rules' initials blocks: a duplicate whose family and given names were both
/// mistyped still meets its original through the birthday, postal code or city it kept.
@Suite("Blocking on initials within a birthday, postal code or city")
struct InitialsBlockingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let a: NormalizedCustomer
        let b: NormalizedCustomer
        let rule: String
        let testDescription: String
    }

    private static let initialsRules: Set = ["birthday_initial", "postal_code_initials", "city_initials"]

    static let cases: [Case] = [
        Case(a: person("hingston", "jayden", birthday: 19_171_120, postalCode: "3138"),
             b: person("hingskon", "jayedn", birthday: 19_171_120, postalCode: "3318"),
             rule: "birthday_initial", testDescription: "both names mistyped, the birthday kept"),
        Case(a: person("mccarthy", "luke", birthday: 19_740_312),
             b: person("lue", "mcarthyv", birthday: 19_740_312),
             rule: "birthday_initial", testDescription: "both names mistyped, family and given names swapped"),
        Case(a: person("negent", "emiily", birthday: 19_120_113, postalCode: "3254"),
             b: person("negenht", "emiiy", birthday: 19_081_020, postalCode: "3254"),
             rule: "postal_code_initials", testDescription: "both names and the birthday retyped, the postal code kept"),
    ]

    @Test("the pair meets through its rule, and through no rule without it", arguments: cases)
    func meets(_ c: Case) throws {
        let all = MatchingSettings.standard.blockingRules
        let rule = try #require(all.first { $0.name == c.rule })
        #expect(CandidatePairs.block(RecordTable([c.a, c.b]), rules: [rule]).count == 1)
        let others = all.filter { !Self.initialsRules.contains($0.name) }
        #expect(CandidatePairs.block(RecordTable([c.a, c.b]), rules: others).count == 0)
    }

    @Test("the built-in rules hold the three initials rules")
    func builtIn() {
        #expect(Set(MatchingSettings.standard.blockingRules.map(\.name)).isSuperset(of: Self.initialsRules))
    }

    @Test("records that share only a birthday and nothing of either name are not paired")
    func birthdayAloneIsNoBlock() {
        let a = person("tanaka", "taro", birthday: 19_800_101)
        let b = person("suzuki", "hanako", birthday: 19_800_101)
        #expect(CandidatePairs.block(RecordTable([a, b]), rules: MatchingSettings.standard.blockingRules).count == 0)
    }
}
