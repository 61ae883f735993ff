/// One suggested merge of a run as stored.
///
/// The store knows nothing of matching: the columns are what queries filter and sort on, and
/// `payload` is the whole suggested merge as JSON text written by the layer that understands it.
public struct ClusterRow: Sendable, Hashable {
    /// Unique within the run.
    public var clusterID: Int
    public var franchiseID: String?
    public var confidence: Double
    public var matchWeight: Double
    /// Whether `apply --auto` may merge it without review.
    public var autoMerge: Bool
    /// Number of customers in the cluster.
    public var size: Int
    public var victorID: String
    /// The suggested merge as JSON.
    public var payload: String
    /// Members in the order given (victor first by convention).
    public var members: [ClusterMemberRow]
    /// The cluster's key across runs (the id of its oldest member; nil for runs stored before keys).
    public var clusterKey: String?

    public init(clusterID: Int, franchiseID: String?, confidence: Double, matchWeight: Double, autoMerge: Bool,
                size: Int, victorID: String, payload: String, members: [ClusterMemberRow], clusterKey: String? = nil) {
        self.clusterID = clusterID
        self.franchiseID = franchiseID
        self.confidence = confidence
        self.matchWeight = matchWeight
        self.autoMerge = autoMerge
        self.size = size
        self.victorID = victorID
        self.payload = payload
        self.members = members
        self.clusterKey = clusterKey
    }
}
