import CRMModel
import Foundation
import MatchEvidence
import Matching
import Resolution

/// A three-member cluster resolved by the real resolver: victor `v`, victims `x` and `y`.
func threeMemberMerge(lastName: String = "田中", firstName: String = "太郎") throws -> SuggestedMerge {
    func member(_ id: String, _ pairs: KeyValuePairs<String, JSONValue>) throws -> ClusterMember {
        var json = JSONObject(["id": .string(id)])
        for (k, v) in pairs { json[k] = v }
        let customer = try Customer(json: json)
        let fields = FieldMapping().fields(of: customer)
        return ClusterMember(customer: customer, fields: fields, phonesE164: fields.phones,
                             emailsWriteForm: fields.emails.map { $0.lowercased() })
    }
    let v = try member("v", ["reservation_count": .number("9"), "last_name": .string(lastName),
                             "first_name": .string(firstName), "phones": .array([.string("+819011112222")])])
    let x = try member("x", ["reservation_count": .number("4"), "last_name": .string("タナカ"),
                             "emails": .array([.string("Taro@Example.com")])])
    let y = try member("y", ["last_name": .string("Tanaka"), "first_name_kana": .string("タロウ"),
                             "phones": .array([.string("+819033334444")])])
    let resolved = Resolver().plan(for: [y, x, v])
    return SuggestedMerge(
        clusterID: 7, franchiseID: "f1", confidence: 0.987654, matchWeight: 12.345,
        autoMergeEligible: false, reviewReasons: ["cluster has 3 members"],
        plan: resolved.plan, members: resolved.members,
        explanations: [
            PairExplanation(customerA: "v", customerB: "x", matchWeight: 12.345, probability: 0.987654,
                            priorWeight: -10.5, outcomes: [
                                ComparisonOutcome(comparison: "last_name", level: "reading_exact", weight: 8.5,
                                                  detail: "田中 ~ タナカ"),
                                ComparisonOutcome(comparison: "phone", level: "missing", weight: 0),
                            ]),
            PairExplanation(customerA: "v", customerB: "y", matchWeight: 20.25, probability: 0.9999,
                            priorWeight: -10.5, outcomes: [
                                ComparisonOutcome(comparison: "phone", level: "exact", weight: 14.0, detail: "+819033334444"),
                            ]),
        ],
        after: resolved.after
    )
}
