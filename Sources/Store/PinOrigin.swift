/// Where new pins come from: why, which run and cluster, who.
public struct PinOrigin: Sendable, Hashable {
    public var reason: PinReason
    public var runID: Int64?
    public var clusterKey: String?
    public var createdBy: String
    public var note: String?

    public init(reason: PinReason, runID: Int64? = nil, clusterKey: String? = nil, createdBy: String, note: String? = nil) {
        self.reason = reason
        self.runID = runID
        self.clusterKey = clusterKey
        self.createdBy = createdBy
        self.note = note
    }
}
