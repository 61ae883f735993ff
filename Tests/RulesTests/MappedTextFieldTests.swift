import CRMModel
import MatchEvidence
import Matching
import Normalization
import Testing
import Rules

/// A field the engine has never heard of (a city) becomes a comparison and a blocking key
/// through the rules file alone: the mapping reads it, blocking and scoring treat it as a column.
@Suite("A text field declared in the rules file")
struct MappedTextFieldTests {
    static let rules = """
        version: 1
        fields:
          text_fields:
            city: [city, first_address.city]
        blocking:
          - name: city_last_name
            keys: [city, last_name]
            max_block_size: 50
            swap_names: false
        comparisons:
          - name: last_name
            field: last_name
            levels:
              - {kind: exact, m: 0.9}
              - {kind: different, m: 0.1}
          - name: city
            field: city
            levels:
              - {kind: exact, m: 0.9, u: 0.01}
              - {kind: jaro_winkler, threshold: 0.9, m: 0.05, u: 0.02}
              - {kind: different, m: 0.05}
        prior: 0.01
        estimation:
          u_sample_size: 1000
        """

    static let customers = [
        #"{"id": "a", "last_name": "Tanaka", "first_name": "Taro", "city": "Sapporo"}"#,
        #"{"id": "b", "last_name": "Tanaka", "first_name": "Taro", "addresses": [{"city": "SAPPORO"}]}"#,
        #"{"id": "c", "last_name": "Tanaka", "first_name": "Jiro", "city": "Saporo"}"#,
        #"{"id": "d", "last_name": "Tanaka", "first_name": "Ken"}"#,
        #"{"id": "e", "last_name": "Suzuki", "first_name": "Hanako", "city": "Sapporo"}"#,
    ]

    /// The run's path from JSON to the matcher: mapping, normalization, matching.
    static func match() throws -> (result: MatchResult, ids: [String], rules: RuleSet) {
        let rules = try RulesParser.parse(Self.rules, source: "city.yaml")
        let fields = try customers.map { text in rules.fields.fields(of: try Customer(value: JSONValue(parsing: text))) }
        let inputs = fields.map { f in
            CustomerInput(franchise: f.franchiseID, lastName: f.lastName, firstName: f.firstName, texts: f.texts)
        }
        let normalized = CustomerNormalizer().normalize(inputs)
        let result = Matcher(settings: rules.matching).match(normalized, options: Matcher.Options(threads: 1))
        return (result, fields.map(\.id), rules)
    }

    @Test("the mapping reads the field from the top level or from the first address")
    func mappingReadsTheField() throws {
        let rules = try RulesParser.parse(Self.rules, source: "city.yaml")
        let b = try rules.fields.fields(of: Customer(value: JSONValue(parsing: Self.customers[1])))
        let d = try rules.fields.fields(of: Customer(value: JSONValue(parsing: Self.customers[3])))
        #expect(b.texts == ["city": "SAPPORO"])
        #expect(d.texts.isEmpty)
    }

    @Test("a blocking rule on the field pairs exactly the records that share it and the family name")
    func blocksOnTheField() throws {
        let (result, _, _) = try Self.match()
        #expect(result.statistics.pairsByRule["city_last_name"] == 1)
        #expect(result.statistics.candidatePairs == 1)
    }

    @Test("the comparison gives its levels as evidence: exact, similar, missing")
    func comparesTheField() throws {
        let (result, ids, _) = try Self.match()
        func city(_ i: Int, _ j: Int) throws -> ComparisonOutcome {
            try #require(result.explanation(i, j, ids: ids).outcomes.first { $0.comparison == "city" })
        }
        let same = try city(0, 1)
        #expect(same.level == "exact")
        #expect(same.detail == "sapporo ~ sapporo")
        #expect(same.weight > 6)
        let typo = try city(0, 2)
        #expect(typo.level == "jaro_winkler_0.9")
        #expect(typo.detail == "sapporo ~ saporo")
        let missing = try city(0, 3)
        #expect(missing.level == "missing")
        #expect(missing.weight == 0)
    }

    @Test("a comparison on an undeclared field is refused with its line")
    func undeclaredFieldIsRefused() {
        let yaml = Self.rules.replacingOccurrences(of: "field: city", with: "field: town")
        #expect {
            try RulesParser.parse(yaml, source: "city.yaml")
        } throws: { error in
            guard let error = error as? RulesError else { return false }
            return error.message.contains("unknown field \"town\"") && error.line != nil
        }
    }
}
