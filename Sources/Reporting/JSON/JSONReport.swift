import CRMModel
import Resolution

/// The suggested merges for programs and auditors: a JSON array with one object per cluster.
///
/// Each object: `cluster_id`, `cluster_key` (the cluster's key across runs: the id of its oldest
/// member; null for runs stored before keys), `franchise_id`, `victor_id`, `victim_ids`, `confidence`,
/// `match_weight`, `auto_merge`, `review_reasons`, the request that would merge it (`method`
/// `"PUT"`, `path` `"/customers/{victor_id}"`, `body` exactly as it would be sent), `members`
/// (`customer_id`, `role`, names, phones and emails as stored; birthday, memo, tags, addresses,
/// events and consent flags where the record has them), `after` (the victor as the PUT leaves
/// it, the same fields; null for runs stored before it was kept), and `explanation`: per linking pair
/// `{customer_a, customer_b, match_weight, probability, prior_weight, comparisons: [{comparison,
/// level, weight, detail}]}`. Numbers are written in their shortest exact form (NaN and infinities,
/// which JSON lacks, as the strings `"NaN"`, `"Infinity"`, `"-Infinity"`).
public enum JSONReport {
    /// The report object of one cluster.
    public static func object(for merge: SuggestedMerge) -> JSONValue {
        let plan = merge.plan
        return .object(JSONObject([
            "cluster_id": .number(String(merge.clusterID)),
            "cluster_key": merge.clusterKey.map(JSONValue.string) ?? .null,
            "franchise_id": .string(merge.franchiseID),
            "victor_id": .string(plan.victorID),
            "victim_ids": .array(plan.victimIDs.map(JSONValue.string)),
            "confidence": MergeJSON.number(merge.confidence),
            "match_weight": MergeJSON.number(merge.matchWeight),
            "auto_merge": .bool(merge.autoMergeEligible),
            "review_reasons": .array(merge.reviewReasons.map(JSONValue.string)),
            "notes": .array(merge.notes.map(JSONValue.string)),
            "method": .string(plan.method),
            "path": .string(plan.path),
            "body": .object(plan.body),
            "members": .array(merge.members.map { m in
                var member = JSONObject([
                    "customer_id": .string(m.customerID),
                    "role": .string(m.customerID == plan.victorID ? "victor" : "victim"),
                    "first_name": .string(m.firstName),
                    "last_name": .string(m.lastName),
                    "phones": .array(m.phones.map(JSONValue.string)),
                    "emails": .array(m.emails.map(JSONValue.string)),
                ])
                carried(m, into: &member)
                return .object(member)
            }),
            "after": merge.after.map { a in
                var after = JSONObject([
                    "first_name": .string(a.firstName), "last_name": .string(a.lastName),
                    "phones": .array(a.phones.map(JSONValue.string)), "emails": .array(a.emails.map(JSONValue.string)),
                ])
                carried(a, into: &after)
                return .object(after)
            } ?? .null,
            "explanation": .array(merge.explanations.map(MergeJSON.explanation)),
        ]))
    }

    /// What a merge carries over besides names and contacts, where the record has it: memo,
    /// tags, addresses, events, consent flags (a reviewer checks that nothing is lost).
    private static func carried(_ m: MemberSummary, into object: inout JSONObject) {
        if let birthday = m.birthday { object["birthday"] = .string(birthday) }
        if let memo = m.memo { object["memo"] = .string(memo) }
        if !m.tags.isEmpty { object["tags"] = .array(m.tags.map(JSONValue.string)) }
        if !m.addresses.isEmpty { object["addresses"] = .array(m.addresses.map(JSONValue.string)) }
        if !m.events.isEmpty { object["events"] = .array(m.events.map(JSONValue.string)) }
        if !m.consent.isEmpty { object["consent"] = .object(m.consent) }
    }

    /// The whole report as text; `pretty` indents it for people.
    public static func render(_ merges: [SuggestedMerge], pretty: Bool = true) -> String {
        var out: [UInt8] = []
        out.append(UInt8(ascii: "["))
        for (i, merge) in merges.enumerated() { append(merge, first: i == 0, pretty: pretty, into: &out) }
        appendEnd(empty: merges.isEmpty, pretty: pretty, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the report to `path`, replacing any file there once the report is complete.
    public static func write(_ merges: [SuggestedMerge], to path: String, pretty: Bool = true) throws(ReportError) {
        let writer = try JSONReportWriter(path: path, pretty: pretty)
        for merge in merges { try writer.append(merge) }
        try writer.finish()
    }

    static func append(_ merge: SuggestedMerge, first: Bool, pretty: Bool, into out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        if pretty { out.append(contentsOf: "\n  ".utf8) }
        object(for: merge).write(into: &out, pretty: pretty, indent: 1)
    }

    static func appendEnd(empty: Bool, pretty: Bool, into out: inout [UInt8]) {
        if pretty && !empty { out.append(UInt8(ascii: "\n")) }
        out.append(contentsOf: "]\n".utf8)
    }
}
