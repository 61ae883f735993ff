import Resolution
import Testing
@testable import Rules

@Suite("Survivorship rules: what the victims carry over")
struct SurvivorshipRulesTests {
    private func parse(_ survivorship: String) throws(RulesError) -> ResolutionRules {
        try RulesParser.parse("version: 1\nsurvivorship:\n" + survivorship, source: "my.yaml").resolution
    }

    private func error(_ survivorship: String) -> RulesError? {
        do { _ = try parse(survivorship); return nil } catch { return error }
    }

    @Test("the default carries everything over: memo appended, lists united, allow_marketing restrictive")
    func defaults() {
        let rules = RuleSet.builtIn().resolution
        #expect(rules.memo == .append && rules.phones == .append && rules.emails == .append)
        #expect(rules.tags == .union && rules.addresses == .union && rules.events == .union)
        #expect(rules.consentFlags == [ConsentFlag(field: "allow_marketing", restrictiveValue: false)])
    }

    @Test("each rule can be set to victor, and consent lists flags with their restrictive value")
    func knobs() throws {
        let rules = try parse("""
              memo: victor
              tags: victor
              addresses: victor
              events: victor
              phones: victor
              emails: victor
              consent:
                allow_marketing: false
                email_opt_out: true

            """)
        #expect(rules.memo == .victor && rules.tags == .victor && rules.addresses == .victor)
        #expect(rules.events == .victor && rules.phones == .victor && rules.emails == .victor)
        #expect(rules.consentFlags == [ConsentFlag(field: "allow_marketing", restrictiveValue: false),
                                       ConsentFlag(field: "email_opt_out", restrictiveValue: true)])
    }

    @Test("an unknown value is named with its line and the values allowed")
    func unknownValue() throws {
        let e = try #require(error("  memo: prepend\n"))
        #expect(e.line == 3)
        #expect(e.key == "survivorship.memo")
        #expect(e.message.contains("append, victor"))
    }

    @Test("a consent flag without true or false is refused with its line")
    func consentNotBoolean() throws {
        let e = try #require(error("  consent:\n    allow_marketing: maybe\n"))
        #expect(e.line == 4)
        #expect(e.key == "survivorship.consent.allow_marketing")
    }

    @Test("a field with a carry-over rule of its own cannot get a plain policy while that rule is on")
    func carriedFieldRefused() throws {
        let e = try #require(error("  fields:\n    memo: longest\n"))
        #expect(e.line == 4)
        #expect(e.message.contains("survivorship.memo"))
        let allowed = try parse("  memo: victor\n  fields:\n    memo: longest\n")
        #expect(allowed.fieldPolicies["memo"] == .longest)
    }
}
