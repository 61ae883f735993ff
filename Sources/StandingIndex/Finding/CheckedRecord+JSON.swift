import CRMModel
import Resolution

extension CheckedRecord {
    /// `{input, id, in_base, candidates, oversized_blocks, duplicates: [{customer_id, match_weight,
    /// probability, over_review_threshold, over_auto_merge_threshold, evidence}]}`; `evidence` is
    /// the pair's explanation as the JSON report writes it (`MergeJSON.explanation`): prior
    /// weight and, per comparison, level label, weight and the values compared.
    public func jsonValue() -> JSONValue {
        .object(JSONObject([
            "input": .number("\(input + 1)"),
            "id": customerID.map(JSONValue.string) ?? .null,
            "in_base": .bool(inBase),
            "candidates": .number("\(candidates)"),
            "oversized_blocks": .array(oversizedBlocks.map(JSONValue.string)),
            "duplicates": .array(duplicates.map { d in
                .object(JSONObject([
                    "customer_id": .string(d.customerID),
                    "match_weight": MergeJSON.number(d.matchWeight),
                    "probability": MergeJSON.number(d.probability),
                    "over_review_threshold": .bool(d.overReviewThreshold),
                    "over_auto_merge_threshold": .bool(d.overAutoMergeThreshold),
                    "evidence": MergeJSON.explanation(d.explanation),
                ]))
            }),
        ]))
    }
}
