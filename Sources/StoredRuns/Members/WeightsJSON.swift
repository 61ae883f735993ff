import CRMModel
import Matching

/// Which weights a run used, in its stored summary (`"weights"`), and read back for `status`
/// and the reports.
///
/// `{"source": "learned", "iterations": 14, "training_pairs": 52310, "statement": "weights: learned
/// (EM, 14 iterations, converged)"}` or `{"source": "rule_defaults", "reason": "--no-train",
/// "statement": "weights: rule defaults (--no-train)"}`.
public enum WeightsJSON {
    public static func encode(_ source: WeightSource) -> JSONValue {
        var members: [JSONMember] = []
        switch source {
        case .learned(let iterations, let pairs):
            members.append(JSONMember(key: "source", value: .string("learned")))
            members.append(JSONMember(key: "iterations", value: .number(String(iterations))))
            members.append(JSONMember(key: "converged", value: .bool(true)))
            members.append(JSONMember(key: "training_pairs", value: .number(String(pairs))))
        case .ruleDefaults(let reason):
            members.append(JSONMember(key: "source", value: .string("rule_defaults")))
            members.append(JSONMember(key: "reason", value: .string(reason)))
        }
        members.append(JSONMember(key: "statement", value: .string(source.statement)))
        return .object(JSONObject(members))
    }

    /// The statement stored in a run's summary (JSON text); for a run stored before weights were
    /// stated, what its `trained` flag says; nil when there is no summary.
    public static func statement(summary text: String?) -> String? {
        guard let text, case .object(let summary)? = try? JSONValue(parsing: text) else { return nil }
        if case .object(let weights)? = summary["weights"], case .string(let statement)? = weights["statement"] {
            return statement
        }
        if case .bool(let trained)? = summary["trained"] {
            return trained ? "weights: learned (EM)" : "weights: rule defaults"
        }
        return nil
    }
}
