import CRMModel
import Matching

/// The scoring model as JSON: stored with a trained run so its weights can be read back.
enum ModelJSON {
    static func encode(_ model: ScoringModel) -> String {
        JSONValue.object(JSONObject([
            "prior": .number("\(model.prior)"),
            "comparisons": .array(model.comparisons.map { c in
                .object(JSONObject([
                    "name": .string(c.name),
                    "levels": .array(c.levels.map { l in
                        .object(JSONObject([
                            "label": .string(l.label), "m": .number("\(l.m)"), "u": .number("\(l.u)"),
                            "weight": .number("\(l.weight)"), "tf": .bool(l.termFrequencyAdjusted),
                        ]))
                    }),
                ]))
            }),
        ])).serialized()
    }
}
