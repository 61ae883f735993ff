import CRMModel
import Store
import StoredRuns

/// `tcdedupe journal`: what `apply` did, cluster by cluster.
public struct JournalListing: Sendable {
    public var entries: [JournalEntry]

    public static func load(databasePath: String, runID: Int64?) throws -> JournalListing {
        let store = try CustomerStore.openExisting(databasePath, mode: .readOnly)
        return JournalListing(entries: try store.journal(runID: runID))
    }

    /// A table for people: one line per cluster, then counts by state.
    public var text: String {
        guard !entries.isEmpty else { return "The merge journal is empty: `tcdedupe apply` has not merged anything yet." }
        var lines = ["run  cluster  state        attempts  victor                     victims  reason"]
        for e in entries {
            lines.append([
                pad(String(e.runID), 4), pad(String(e.clusterID), 7), pad(e.state.rawValue, 11), pad(String(e.attempts), 8),
                pad(e.victorID, 25), pad(String(e.victimIDs.count), 7), e.reason ?? "",
            ].joined(separator: "  "))
        }
        var counts: [JournalState: Int] = [:]
        for e in entries { counts[e.state, default: 0] += 1 }
        lines.append("")
        lines.append(JournalState.allCases.compactMap { s in counts[s].map { "\(s.rawValue) \($0)" } }.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }

    /// One JSON object per line, for scripts.
    public var jsonLines: String {
        entries.map { e in
            var o = JSONObject()
            o["run_id"] = .number(String(e.runID))
            o["cluster_id"] = .number(String(e.clusterID))
            o["state"] = .string(e.state.rawValue)
            o["mode"] = .string(e.mode)
            o["victor_id"] = .string(e.victorID)
            o["victim_ids"] = .array(e.victimIDs.map(JSONValue.string))
            o["attempts"] = .number(String(e.attempts))
            o["reason"] = e.reason.map(JSONValue.string) ?? .null
            o["api_url"] = e.apiURL.map(JSONValue.string) ?? .null
            o["updated_at"] = .string(e.updatedAt)
            return o.serialized()
        }.joined(separator: "\n")
    }
}
