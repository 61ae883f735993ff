import Support

/// Counts and timings of one matching run, for the summary and the store.
public struct MatchStatistics: Sendable {
    public var records: Int = 0
    public var candidatePairs: Int = 0
    public var pairsByRule: [String: Int] = [:]
    public var oversizedBlocks: Int = 0
    public var recordsInOversizedBlocks: Int = 0
    /// Records with more phones or emails than the rules' `max_values_per_record`: only their
    /// first values were matched on.
    public var cappedRecords: Int = 0
    /// Random pairs compared to estimate u (the rules' sample size, or every pair of a small base).
    public var uSamplePairs: Int = 0
    /// Pairs at or above the review threshold.
    public var scoredPairs: Int = 0
    public var prior: Double = 0
    public var emIterations: Int = 0
    /// Which m the run scored with: learned by EM, or the rules' (and why).
    public var weights: WeightSource = .ruleDefaults(reason: "--no-train")
    /// Pairs the over-merge guard refused to join.
    public var guardRefusals: Int = 0
    /// Seconds and CPU utilisation (CPU seconds / wall seconds) per stage, in the order the stages ran.
    public var stageSeconds: [StageTiming] = []

    public init() {}
}
