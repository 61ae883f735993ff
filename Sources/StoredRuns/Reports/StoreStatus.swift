import CRMModel
import Store

/// What the store holds, for `tcdedupe status`.
public struct StoreStatus: Sendable {
    public var databasePath: String
    public var customers: Int
    public var runs: [RunRow]
    /// The latest finished run's summary (JSON), when there is one.
    public var latestSummary: JSONValue?
    /// The audit estimate of the latest finished run's auto-merges (nil without a finished run).
    public var audit: AuditEstimate?
    /// Live never-merge pins, and what became of earlier approvals in the latest finished run.
    public var decisions = LastingDecisions()

    public static func collect(databasePath: String) throws -> StoreStatus {
        let store = try CustomerStore.openExisting(databasePath, mode: .readOnly)
        var runs: [RunRow] = []
        for id in try store.runIDs() {
            if let r = try store.run(id: id) { runs.append(r) }
        }
        let latest = runs.last { $0.finishedAt != nil && $0.kind == .live }
        let summary = try latest?.summary.map { try JSONValue(parsing: $0) }
        let audit = try latest.map { try AuditEstimate.read(store, runID: $0.id) }
        var status = StoreStatus(databasePath: databasePath, customers: try store.customerCount(), runs: runs, latestSummary: summary,
                                 audit: audit)
        status.decisions = try LastingDecisions.read(store, runID: latest?.id)
        return status
    }

    public var text: String {
        var lines = ["\(databasePath): \(group(customers)) customers, \(runs.count) run\(runs.count == 1 ? "" : "s")"]
        for r in runs.suffix(10) {
            let state = r.finishedAt.map { "finished \($0)" } ?? r.state.rawValue
            var clusters = ""
            if let s = r.summary, case .object(let o)? = try? JSONValue(parsing: s) {
                clusters = ", \(o["clusters"]?.scalarText ?? "?") clusters (\(o["auto_merge_clusters"]?.scalarText ?? "?") auto-merge)"
            }
            lines.append("  run \(r.id)\(r.kind == .dryRun ? " (dry run)" : ""): started \(r.startedAt), \(state), rules \(r.rulesHash ?? "?")\(clusters)")
        }
        if runs.count > 10 { lines.insert("  (latest 10 of \(runs.count) runs)", at: 1) }
        if let statement = WeightsJSON.statement(summary: runs.last { $0.finishedAt != nil && $0.kind == .live }?.summary) {
            lines.append("  latest run's " + statement)
        }
        if case .object(let latest)? = latestSummary, let total = latest["candidate_pairs"]?.scalarText.flatMap({ Int($0) }),
           case .object(let rules)? = latest["pairs_by_rule"] {
            let byRule = rules.members.compactMap { m in m.value.scalarText.flatMap { Int($0) }.map { (rule: m.key, pairs: $0) } }
            lines.append("  latest run's candidate pairs " + PairsByRuleText.text(total: total, byRule: byRule))
        }
        if let audit { lines.append("  " + audit.text) }
        lines.append(contentsOf: decisions.lines)
        return lines.joined(separator: "\n")
    }

    public var json: JSONValue {
        .object(JSONObject([
            "database": .string(databasePath),
            "customers": .number(String(customers)),
            "runs": .number(String(runs.count)),
            "run_ids": .array(runs.map { .number(String($0.id)) }),
            "dry_run_ids": .array(runs.filter { $0.kind == .dryRun }.map { .number(String($0.id)) }),
            "latest_run": latestSummary ?? .null,
            "audit": audit?.json ?? .null,
            "decisions": decisions.json,
        ]))
    }

    public var jsonText: String { json.prettySerialized() }
}
