import CRMModel
import Matching

/// The scoring model as JSON: stored with every run, so that `apply` can re-check a cluster
/// whose members changed with the weights the run used.
public enum ModelJSON {
    public static func encode(_ model: ScoringModel) -> String {
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

    /// Reads what ``encode(_:)`` wrote; nil when the text is not such a model.
    public static func decode(_ text: String) -> ScoringModel? {
        guard case .object(let top)? = try? JSONValue(parsing: text),
              let prior = top["prior"].flatMap(number),
              case .array(let comparisons)? = top["comparisons"] else { return nil }
        var out: [ScoringModel.Comparison] = []
        for case .object(let c) in comparisons {
            guard let name = c["name"]?.stringValue, case .array(let levels)? = c["levels"] else { return nil }
            var parsed: [ScoringModel.Level] = []
            for case .object(let l) in levels {
                guard let label = l["label"]?.stringValue, let m = l["m"].flatMap(number),
                      let u = l["u"].flatMap(number) else { return nil }
                parsed.append(ScoringModel.Level(label: label, m: m, u: u, termFrequencyAdjusted: l["tf"] == .bool(true)))
            }
            out.append(ScoringModel.Comparison(name: name, levels: parsed))
        }
        return ScoringModel(comparisons: out, prior: prior)
    }

    private static func number(_ value: JSONValue) -> Double? {
        if case .number(let text) = value { return Double(text) }
        return nil
    }
}
