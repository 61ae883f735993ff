/// The audit estimate of a run's auto-merge precision, as the report page shows it.
///
/// Reporting knows nothing of the store: the numbers come from `AuditEstimate` (StoredRuns).
public struct HTMLAuditFigures: Sendable, Hashable {
    public var sampled: Int
    public var decided: Int
    public var correct: Int
    /// Nil before the first verdict.
    public var precision: Double?
    public var low: Double?
    public var high: Double?

    public init(sampled: Int, decided: Int, correct: Int, precision: Double?, low: Double?, high: Double?) {
        self.sampled = sampled
        self.decided = decided
        self.correct = correct
        self.precision = precision
        self.low = low
        self.high = high
    }
}
