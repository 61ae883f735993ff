import CRMModel
import Store

/// `diff --json`: the same facts for machines, keys in a fixed order.
extension RunDiff {
    public var json: JSONValue {
        var counts = JSONObject(), shown = JSONObject()
        for change in ClusterChange.allCases {
            counts[change.rawValue] = .number(String(count(change)))
            shown[change.rawValue] = .array((examples[change] ?? []).map { example in
                .object(JSONObject([
                    "before": .array(example.before.map(Self.json)),
                    "after": .array(example.after.map(Self.json)),
                ]))
            })
        }
        return .object(JSONObject([
            "from_run": .number(String(fromRun)),
            "from_kind": .string(fromKind.rawValue),
            "to_run": .number(String(toRun)),
            "to_kind": .string(toKind.rawValue),
            "clusters_before": .number(String(clustersBefore)),
            "clusters_after": .number(String(clustersAfter)),
            "clustered_customers_before": .number(String(clusteredBefore)),
            "clustered_customers_after": .number(String(clusteredAfter)),
            "counts": .object(counts),
            "examples": .object(shown),
        ]))
    }

    public var jsonText: String { json.prettySerialized() }

    private static func json(_ cluster: DiffCluster) -> JSONValue {
        .object(JSONObject([
            "run_id": .number(String(cluster.runID)),
            "cluster_id": .number(String(cluster.clusterID)),
            "confidence": .number(fixed(cluster.confidence, 6)),
            "auto_merge": .bool(cluster.autoMerge),
            "victor_id": .string(cluster.victorID),
            "members": .array(cluster.members.map { member in
                .object(JSONObject([
                    "id": .string(member.customerID),
                    "name": .string(member.name),
                    "on_both_sides": .bool(member.onBothSides),
                ]))
            }),
        ]))
    }
}
