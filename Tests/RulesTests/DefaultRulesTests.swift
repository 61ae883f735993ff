import CRMModel
import Matching
import Resolution
import Testing
@testable import Rules

@Suite("The built-in rules")
struct DefaultRulesTests {
    /// rules/default.yaml, found from this file's place in the repository.
    static func repositoryDefaultYAML() throws -> String {
        let here = #filePath
        let root = here.components(separatedBy: "/Tests/RulesTests/")[0]
        return try String(contentsOfFile: root + "/rules/default.yaml", encoding: .utf8)
    }

    @Test("the embedded default is the text of rules/default.yaml")
    func embeddedTextIsTheFile() throws {
        #expect(try Self.repositoryDefaultYAML() == RuleSet.defaultText)
    }

    @Test("the embedded default parses to the expected key values")
    func parsesToExpectedValues() throws {
        let matching = RuleSet.builtIn().matching
        #expect(matching.comparisons.map(\.name)
            == ["last_name", "first_name", "phone", "email", "birthday", "company", "postal_code", "street", "city"])
        let first = try #require(matching.comparisons.first { $0.name == "first_name" })
        #expect(first.field == "first_name")
        #expect(first.levels.map(\.predicate) == [.exact, .nickname, .jaroWinkler(0.92), .jaroWinkler(0.80), .initial, .otherwise])
        #expect(first.levels[0].m == 0.86 && first.levels[0].termFrequencyAdjusted)
        let street = try #require(matching.comparisons.first { $0.name == "street" })
        #expect(street.levels.map(\.u) == [0.01, 0.03, 0.02, nil])
        #expect(street.levels.map(\.predicate) == [.exact, .jaroWinkler(0.90), .tokenSimilarity(0.80), .otherwise])
        #expect(matching.blockingRules.count == 16)
        #expect(matching.blockingRules[0] == BlockingRule(name: "phone", keys: ["phone"], symmetricNames: false,
                                                          maximumBlockSize: 50))
        #expect(matching.blockingRules[4].keys == ["last_name", "first_name_initial"])
        #expect(matching.reviewThreshold == 0.65 && matching.autoMergeThreshold == 0.99)
        #expect(matching.prior == .estimate && matching.uSampleSize == 1_000_000 && matching.seed == 42)
        #expect(matching.autoMergeEvidence == ["first_name", "birthday", "email"])
        #expect(matching.autoMergeVetoes == ["first_name", "birthday"])
        #expect(matching.maximumAutoMergeClusterSize == 6 && matching.allowSwappedNames)
    }

    @Test("the standard settings are the default's, and the default's other sections are the built-in values")
    func standardIsTheDefault() throws {
        let rules = try RulesParser.parse(RuleSet.defaultText, source: "default.yaml")
        #expect(rules.matching == MatchingSettings.standard)
        #expect(rules.fields == FieldMapping())
        #expect(rules.resolution == ResolutionRules())
        #expect(rules.normalization == NormalizationRules())
        #expect(rules.version == 1)
    }

    @Test("the fingerprint changes with the text and only with it")
    func fingerprint() throws {
        let a = try RulesParser.parse(RuleSet.defaultText, source: "a")
        let b = try RulesParser.parse(RuleSet.defaultText + "\n# note\n", source: "b")
        #expect(a.fingerprint == RuleSet.builtIn().fingerprint)
        #expect(a.fingerprint != b.fingerprint)
        #expect(a.fingerprint.count == 16)
    }
}
