import CRMModel
import MatchEvidence
import Testing
import Resolution

@Suite("Suggested merge JSON")
struct SuggestedMergeJSONTests {
    static let sample = SuggestedMerge(
        clusterID: 42, franchiseID: "f1", confidence: 0.1 + 0.2, matchWeight: -3.0000000000000004,
        autoMergeEligible: true, reviewReasons: ["size 3", "名前が違う"],
        plan: MergePlan(victorID: "v", victimIDs: ["x", "y"], body: JSONObject([
            "merge_customer_ids": strings("x", "y"), "first_name": .string("太郎"), "overwrite_phones": .bool(true),
        ])),
        members: [MemberSummary(customerID: "v", firstName: "太郎", lastName: "田中", phones: ["+819011112222"], emails: []),
                  MemberSummary(customerID: "x", firstName: "", lastName: "タナカ", phones: [], emails: ["t@example.com"],
                                memo: "allergy: nuts", tags: ["VIP"], addresses: ["150-0001 神宮前1-2-3"],
                                events: ["birthday 1984-03-05"], consent: JSONObject(["allow_marketing": .bool(false)]))],
        explanations: [PairExplanation(customerA: "v", customerB: "x", matchWeight: 12.345678901234567,
                                       probability: 0.99975, priorWeight: -13.2877123795494,
                                       outcomes: [ComparisonOutcome(comparison: "phone", level: "exact", weight: Double.leastNonzeroMagnitude,
                                                                    detail: "+819011112222"),
                                                  ComparisonOutcome(comparison: "name", level: "missing", weight: 0)])],
        after: MemberSummary(customerID: "v", firstName: "太郎", lastName: "田中", phones: ["+819011112222"],
                             emails: ["t@example.com"], birthday: "1984-03-05", memo: "--- merged from x ---\nallergy: nuts",
                             tags: ["VIP"], consent: JSONObject(["allow_marketing": .bool(false)]))
    )

    @Test("a suggested merge survives the trip to JSON and back exactly")
    func roundTrip() throws {
        let json = Self.sample.jsonValue()
        #expect(try SuggestedMerge(json: json) == Self.sample)
    }

    @Test("the stored text written directly is the same as serializing the JSON tree")
    func directTextMatchesTree() throws {
        var hostile = Self.sample
        hostile.members[1].firstName = "<img src=x onerror=alert(1)>\"\\\n"
        hostile.notes = ["a note", "and & another <b>"]
        hostile.confidence = .nan
        hostile.reviewReasons = []
        for merge in [Self.sample, hostile] {
            #expect(merge.serializedJSON() == merge.jsonValue().serialized())
        }
        #expect(try SuggestedMerge(json: JSONValue(parsing: Self.sample.serializedJSON())) == Self.sample)
    }

    @Test("doubles are written in a form that reads back bit for bit", arguments: [
        0.1 + 0.2, 1e-300, Double.leastNonzeroMagnitude, 123456789.123456789, -0.0, 1.7976931348623157e308, 0.99975,
    ])
    func doubles(value: Double) throws {
        guard case .number(let text) = MergeJSON.number(value) else {
            Issue.record("finite doubles must be JSON numbers")
            return
        }
        #expect(Double(text)?.bitPattern == value.bitPattern)
    }

    @Test("non-finite doubles become strings that read back")
    func nonFinite() {
        #expect(MergeJSON.number(-.infinity) == .string("-Infinity"))
        #expect(MergeJSON.double(MergeJSON.number(.infinity)) == .infinity)
        #expect(MergeJSON.double(MergeJSON.number(.nan))?.isNaN == true)
    }

    @Test("a missing key is named with its full path")
    func missingKey() throws {
        guard case .object(var top) = Self.sample.jsonValue(),
              case .array(var explanations)? = top["explanations"],
              case .object(var first) = explanations[0],
              case .array(var comparisons)? = first["comparisons"],
              case .object(var comparison) = comparisons[1] else {
            Issue.record("unexpected shape")
            return
        }
        comparison["weight"] = nil
        comparisons[1] = .object(comparison)
        first["comparisons"] = .array(comparisons)
        explanations[0] = .object(first)
        top["explanations"] = .array(explanations)
        #expect(throws: SuggestedMergeDecodingError(path: "explanations[0].comparisons[1].weight", problem: .missing)) {
            try SuggestedMerge(json: .object(top))
        }
    }

    @Test("a value of the wrong kind is named too")
    func wrongType() {
        guard case .object(var top) = Self.sample.jsonValue() else { return }
        top["cluster_id"] = .string("42")
        #expect(throws: SuggestedMergeDecodingError(path: "cluster_id", problem: .wrongType(expected: "whole number"))) {
            try SuggestedMerge(json: .object(top))
        }
        #expect(throws: SuggestedMergeDecodingError(path: "", problem: .wrongType(expected: "object"))) {
            try SuggestedMerge(json: .array([]))
        }
    }
}
