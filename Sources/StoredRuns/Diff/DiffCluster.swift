/// One cluster of an example, as `diff` shows it: enough to recognise it in the review page.
public struct DiffCluster: Sendable, Hashable {
    public var runID: Int64
    public var clusterID: Int
    public var confidence: Double
    public var autoMerge: Bool
    public var victorID: String
    /// Victor first, as the run stored them.
    public var members: [DiffMember]

    public init(runID: Int64, clusterID: Int, confidence: Double, autoMerge: Bool, victorID: String, members: [DiffMember]) {
        self.runID = runID
        self.clusterID = clusterID
        self.confidence = confidence
        self.autoMerge = autoMerge
        self.victorID = victorID
        self.members = members
    }
}
