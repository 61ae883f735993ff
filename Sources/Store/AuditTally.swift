/// The verdicts on a run's audit sample, counted by the store (see `CustomerStore+Audit.swift`).
public struct AuditTally: Sendable, Hashable {
    /// Clusters in the sample.
    public var sampled: Int
    /// Sampled clusters a reviewer approved or rejected.
    public var decided: Int
    /// Sampled clusters approved as they were (no member taken out).
    public var correct: Int

    public init(sampled: Int, decided: Int, correct: Int) {
        self.sampled = sampled
        self.decided = decided
        self.correct = correct
    }
}
