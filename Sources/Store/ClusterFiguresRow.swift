/// The columns of one stored cluster that the report's overview counts, without its payload:
/// reading these for every cluster of a large run costs little memory.
public struct ClusterFiguresRow: Sendable, Hashable {
    public var franchiseID: String?
    public var confidence: Double
    public var matchWeight: Double
    public var autoMerge: Bool
    public var size: Int

    public init(franchiseID: String?, confidence: Double, matchWeight: Double, autoMerge: Bool, size: Int) {
        self.franchiseID = franchiseID
        self.confidence = confidence
        self.matchWeight = matchWeight
        self.autoMerge = autoMerge
        self.size = size
    }
}
