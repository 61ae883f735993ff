/// Which m probabilities a run scored with, and why: stated with the run, in `status`, the
/// reports and `run`'s summary, so that nobody compares two runs without knowing.
public enum WeightSource: Sendable, Hashable {
    /// m learned by EM on this base; `iterations` until it converged, on `trainingPairs` pairs.
    case learned(iterations: Int, trainingPairs: Int)
    /// The rules' m, for `reason` (asked for, too small a base, EM did not converge, ...).
    case ruleDefaults(reason: String)

    public var isLearned: Bool {
        if case .learned = self { return true }
        return false
    }

    /// "learned (EM, 14 iterations, converged)" or "rule defaults (--no-train)".
    public var description: String {
        switch self {
        case .learned(let iterations, _):
            return "learned (EM, \(iterations) iteration\(iterations == 1 ? "" : "s"), converged)"
        case .ruleDefaults(let reason):
            return "rule defaults (\(reason))"
        }
    }

    /// The one line `run`, `status` and the reports print: "weights: learned (EM, ...)".
    public var statement: String { "weights: " + description }
}
