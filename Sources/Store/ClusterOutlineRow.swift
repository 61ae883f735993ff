/// The columns of one stored cluster that tell two runs' clusters apart, without the payload:
/// `diff` reads these for every cluster of both runs, so they must stay a few numbers each.
public struct ClusterOutlineRow: Sendable, Hashable {
    public var clusterID: Int
    public var confidence: Double
    public var autoMerge: Bool
    public var size: Int
    public var victorID: String

    public init(clusterID: Int, confidence: Double, autoMerge: Bool, size: Int, victorID: String) {
        self.clusterID = clusterID
        self.confidence = confidence
        self.autoMerge = autoMerge
        self.size = size
        self.victorID = victorID
    }
}
