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

    @Test("rules/default.yaml is exactly the default compiled into the binary")
    func fileMatchesBuiltIn() throws {
        #expect(try Self.repositoryDefaultYAML() == DefaultRules.yaml)
    }

    @Test("the default parses to the standard matching settings, field mapping and survivorship")
    func parsesToStandard() throws {
        let rules = try RulesParser.parse(DefaultRules.yaml, source: "default.yaml")
        #expect(rules.matching == MatchingSettings.standard)
        #expect(rules.fields == FieldMapping())
        #expect(rules.resolution == ResolutionRules())
        #expect(rules.normalization == NormalizationRules())
        #expect(rules.version == 1)
    }

    @Test("the fingerprint changes with the text and only with it")
    func fingerprint() throws {
        let a = try RulesParser.parse(DefaultRules.yaml, source: "a")
        let b = try RulesParser.parse(DefaultRules.yaml + "\n# note\n", source: "b")
        #expect(a.fingerprint == RuleSet.builtIn().fingerprint)
        #expect(a.fingerprint != b.fingerprint)
        #expect(a.fingerprint.count == 16)
    }
}
