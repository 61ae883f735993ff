/// How `run` learns the m probabilities from the data (EM) before it scores for good.
///
/// Training is on by default: on the generated bases it lifted review precision from 0.91 to
/// 0.96 at the same recall, and a base's own typo and change rates are better than numbers set
/// by hand for another base. Every bound is here so that a run stays repeatable and cheap: the
/// sample is drawn with the rules' seed, EM stops after `maximumIterations`, and a base that
/// gives too little to learn from, or a run of EM that does not settle, keeps the rules' m.
public struct TrainingSettings: Sendable, Hashable {
    /// Learn m by default (`run --no-train` turns it off for one run).
    public var enabled: Bool
    /// The fewest training pairs (candidate pairs that agree exactly on both names) EM needs;
    /// below it the run keeps the rules' m and says so. A few hundred pairs estimate the share
    /// of a level to about ±0.03; fewer learn the sample's accidents.
    public var minimumPairs: Int
    /// The most training pairs counted: above it a fixed-seed sample of them is (the level
    /// patterns' shares, which is all EM reads, are steady long before this).
    public var samplePairs: Int
    /// EM stops here; a run that has not converged by then keeps the rules' m.
    public var maximumIterations: Int
    /// Converged when no m and not the match share moves by more than this in one iteration.
    public var tolerance: Double

    public init(enabled: Bool = true, minimumPairs: Int = 500, samplePairs: Int = 2_000_000,
                maximumIterations: Int = 100, tolerance: Double = 1e-5) {
        self.enabled = enabled
        self.minimumPairs = minimumPairs
        self.samplePairs = samplePairs
        self.maximumIterations = maximumIterations
        self.tolerance = tolerance
    }
}
