import CRMModel
import MatchEvidence

/// The stored form of a suggested merge (the database payload). It reads back to an equal value:
/// doubles are written in their shortest round-trip form, lists and key order are kept.
extension SuggestedMerge {
    /// `{cluster_id, franchise_id, confidence, match_weight, auto_merge_eligible, review_reasons,
    /// plan: {victor_id, victim_ids, body}, members: [...], explanations: [...], notes, after, cluster_key}`
    /// (`after` and `cluster_key` only when known).
    public func jsonValue() -> JSONValue {
        var object = JSONObject([
            "cluster_id": .number(String(clusterID)),
            "franchise_id": .string(franchiseID),
            "confidence": MergeJSON.number(confidence),
            "match_weight": MergeJSON.number(matchWeight),
            "auto_merge_eligible": .bool(autoMergeEligible),
            "review_reasons": .array(reviewReasons.map(JSONValue.string)),
            "plan": .object(JSONObject([
                "victor_id": .string(plan.victorID),
                "victim_ids": .array(plan.victimIDs.map(JSONValue.string)),
                "body": .object(plan.body),
            ])),
            "members": .array(members.map { $0.jsonValue() }),
            "explanations": .array(explanations.map(MergeJSON.explanation)),
            "notes": .array(notes.map(JSONValue.string)),
        ])
        if let after { object["after"] = after.jsonValue() }
        if let clusterKey { object["cluster_key"] = .string(clusterKey) }
        return .object(object)
    }

    /// Reads what ``jsonValue()`` wrote; the error names the first key that is missing or wrong.
    public init(json: JSONValue) throws(SuggestedMergeDecodingError) {
        let r = JSONReader(json, path: "")
        let p = try r.object("plan")
        let body = try p.object("body").object
        var members: [MemberSummary] = []
        for m in try r.objects("members") { members.append(try MemberSummary(m)) }
        var explanations: [PairExplanation] = []
        for e in try r.objects("explanations") { explanations.append(try MergeJSON.explanation(e)) }
        self.init(
            clusterID: try r.int("cluster_id"),
            franchiseID: try r.string("franchise_id"),
            confidence: try r.double("confidence"),
            matchWeight: try r.double("match_weight"),
            autoMergeEligible: try r.bool("auto_merge_eligible"),
            reviewReasons: try r.strings("review_reasons"),
            plan: MergePlan(victorID: try p.string("victor_id"), victimIDs: try p.strings("victim_ids"), body: body),
            members: members,
            explanations: explanations,
            notes: r.has("notes") ? try r.strings("notes") : [],
            after: r.has("after") ? try MemberSummary(JSONReader(try r.value("after"), path: "after")) : nil,
            clusterKey: r.has("cluster_key") ? try r.string("cluster_key") : nil
        )
    }
}
