import CRMModel
import Store

/// For `tcdedupe status`: the live never-merge pins, and what became of earlier approvals in the
/// latest run, naming the grown and changed clusters by their stable keys.
public struct LastingDecisions: Sendable {
    public var livePins = 0
    public var holds = 0
    /// Keys of clusters that grew past an approval (only their new links need review).
    public var grownKeys: [String] = []
    /// Keys of clusters whose approval lapsed (a member changed or left).
    public var changedKeys: [String] = []

    public init() {}

    static func read(_ store: CustomerStore, runID: Int64?) throws -> LastingDecisions {
        var out = LastingDecisions()
        out.livePins = try store.livePins().count
        guard let runID else { return out }
        let keys = try store.clusterKeys(runID: runID)
        for row in try store.carriedDecisions(runID: runID) {
            let key = keys[row.clusterID] ?? "cluster \(row.clusterID)"
            switch row.state {
            case .holds: out.holds += 1
            case .grown: out.grownKeys.append(key)
            case .changed: out.changedKeys.append(key)
            }
        }
        return out
    }

    /// Status lines; none when there is nothing to say.
    var lines: [String] {
        var out: [String] = []
        if livePins > 0 { out.append("  \(livePins) never-merge pin\(livePins == 1 ? "" : "s") (tcdedupe pins list)") }
        if holds + grownKeys.count + changedKeys.count > 0 {
            var line = "  latest run carried \(holds) approval\(holds == 1 ? "" : "s") over"
            if !grownKeys.isEmpty { line += "; \(grownKeys.count) approved cluster(s) grew, new links to review: \(Self.sample(grownKeys))" }
            if !changedKeys.isEmpty { line += "; \(changedKeys.count) approval(s) lapsed, a member changed: \(Self.sample(changedKeys))" }
            out.append(line)
        }
        return out
    }

    private static func sample(_ keys: [String]) -> String {
        keys.prefix(5).joined(separator: ", ") + (keys.count > 5 ? ", ..." : "")
    }

    var json: JSONValue {
        .object(JSONObject([
            "live_pins": .number(String(livePins)),
            "approvals_held": .number(String(holds)),
            "grown_cluster_keys": .array(grownKeys.map(JSONValue.string)),
            "lapsed_cluster_keys": .array(changedKeys.map(JSONValue.string)),
        ]))
    }
}
