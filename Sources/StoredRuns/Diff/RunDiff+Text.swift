import Store
import Support

/// `diff` for people: a heading, one aligned line per change, its examples under it.
///
/// Customer ids and names are escaped here, one by one (``TerminalText``), so a name holding a
/// line break cannot forge a line of the listing.
extension RunDiff {
    /// Members shown per cluster in an example; the rest are counted.
    static let membersShown = 6
    /// Clusters shown per side of an example (a split can make dozens); the rest are counted.
    static let clustersShown = 6

    public var text: String {
        var lines = ["run \(fromRun)\(Self.kindNote(fromKind)) → run \(toRun)\(Self.kindNote(toKind)): "
            + "clusters \(group(clustersBefore)) → \(group(clustersAfter)), "
            + "customers in clusters \(group(clusteredBefore)) → \(group(clusteredAfter))"]
        let labelWidth = ClusterChange.allCases.map(\.label.count).max() ?? 0
        let countWidth = ClusterChange.allCases.map { group(count($0)).count }.max() ?? 0
        for change in ClusterChange.allCases {
            lines.append("  " + pad(change.label, labelWidth) + "  " + pad(group(count(change)), countWidth, left: true)
                + "  " + change.meaning)
            guard change != .unchanged else { continue }
            for example in examples[change] ?? [] {
                var first = true
                for (side, newer) in [(example.before, false), (example.after, true)] {
                    for cluster in side.prefix(Self.clustersShown) {
                        lines.append((first ? "      - " : "        ") + Self.line(cluster, newer: newer))
                        first = false
                    }
                    if side.count > Self.clustersShown {
                        lines.append("        … \(side.count - Self.clustersShown) more clusters of run \(newer ? toRun : fromRun)")
                    }
                }
            }
        }
        if ClusterChange.allCases.contains(where: { $0 != .unchanged && !(examples[$0] ?? []).isEmpty }) {
            lines.append("  (+ was in no cluster before; - is in no cluster after)")
        }
        return lines.joined(separator: "\n")
    }

    private static func kindNote(_ kind: RunKind) -> String {
        kind == .dryRun ? " (dry run)" : ""
    }

    /// `run 5 #9 0.9700 auto-merge: a "Taro Yamada", +c "Taro Yamada"`.
    private static func line(_ cluster: DiffCluster, newer: Bool) -> String {
        let shown = cluster.members.prefix(membersShown).map { member in
            (member.onBothSides ? "" : (newer ? "+" : "-")) + TerminalText.escaped(member.customerID)
                + (member.name.isEmpty ? "" : " \"" + TerminalText.escaped(member.name) + "\"")
        }
        let more = cluster.members.count > membersShown ? ", … \(cluster.members.count - membersShown) more" : ""
        return "run \(cluster.runID) #\(cluster.clusterID) \(fixed(cluster.confidence, 4)) "
            + (cluster.autoMerge ? "auto-merge" : "review") + ": " + shown.joined(separator: ", ") + more
    }
}
