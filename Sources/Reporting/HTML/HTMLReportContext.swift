/// What a page needs to know about the run beside its clusters: which run, the thresholds to
/// mark on the histogram, and the confidence bands to count clusters in.
public struct HTMLReportContext: Sendable, Hashable {
    public var runID: Int64
    /// Probability at or above which pairs are kept for review.
    public var reviewThreshold: Double
    /// Probability at or above which clusters may merge without review.
    public var autoMergeThreshold: Double
    /// Lower edges of the confidence bands, highest first, ending with 0 (the run summary's bands).
    public var bandFloors: [Double]
    /// ISO 8601 UTC time the run finished (the page shows it, so two reports of one run are identical but for the CSP nonce).
    public var runFinishedAt: String
    public var mode: HTMLPageMode
    /// Which weights the run scored with ("weights: learned (EM, 14 iterations, converged)"),
    /// or empty when the run did not say.
    public var weightsStatement: String

    public init(runID: Int64, reviewThreshold: Double, autoMergeThreshold: Double, bandFloors: [Double],
                runFinishedAt: String, mode: HTMLPageMode = .report, weightsStatement: String = "") {
        self.weightsStatement = weightsStatement
        self.runID = runID
        self.reviewThreshold = reviewThreshold
        self.autoMergeThreshold = autoMergeThreshold
        self.bandFloors = bandFloors
        self.runFinishedAt = runFinishedAt
        self.mode = mode
    }
}
