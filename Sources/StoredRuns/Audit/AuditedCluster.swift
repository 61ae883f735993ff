import CRMModel

/// One cluster of an audit sample as `tcdedupe audit` lists it.
public struct AuditedCluster: Sendable, Hashable {
    /// The id `tcdedupe decide --cluster` takes.
    public var clusterID: Int
    public var position: Int
    public var confidence: Double
    /// The customer ids of the cluster, victor first.
    public var members: [String]
    /// `approved`, `rejected`, `undecided` (edited only), or nil when nobody judged it yet.
    public var verdict: String?
    public var reviewer: String?

    public var json: JSONValue {
        .object(JSONObject([
            "cluster_id": .number(String(clusterID)),
            "position": .number(String(position)),
            "confidence": .number(String(confidence)),
            "members": .array(members.map(JSONValue.string)),
            "verdict": verdict.map(JSONValue.string) ?? .null,
            "reviewer": reviewer.map(JSONValue.string) ?? .null,
        ]))
    }
}
