extension ApplySummary {
    /// The closing lines of `apply`: what was merged, skipped and why, what failed.
    public var text: String {
        var lines: [String] = []
        let what = dryRun ? "dry run of apply" : "apply"
        lines.append("\(what) (\(selection)), run \(runID): \(considered) clusters looked at")
        if dryRun {
            lines.append("  would send     \(wouldSend) merges (nothing was sent or journalled)")
        } else {
            lines.append("  merged         \(merged.count)")
            if resumed > 0 {
                lines.append("    \(resumed) of them found sent by an interrupted apply, checked and verified (not sent again)")
            }
            if rechecked > 0 {
                lines.append("    \(rechecked) of them left unverified or failed by an earlier apply, checked again and complete (not sent again)")
            }
        }
        if alreadyDone > 0 { lines.append("  already done   \(alreadyDone) (verified or skipped by an earlier apply)") }
        lines.append("  skipped        \(skipped.count)")
        for s in skipped.prefix(20) { lines.append("    cluster \(s.clusterID): \(s.detail)") }
        if skipped.count > 20 { lines.append("    … \(skipped.count - 20) more: `tcdedupe journal --run \(runID)` lists them") }
        if !unverified.isEmpty {
            lines.append("  unverified     \(unverified.count) (accepted, not complete yet: `tcdedupe apply --verify` with the same selection checks them again)")
            for u in unverified.prefix(20) { lines.append("    cluster \(u.clusterID): \(u.detail)") }
            if unverified.count > 20 { lines.append("    … \(unverified.count - 20) more: `tcdedupe journal --run \(runID)` lists them") }
        }
        lines.append("  failed         \(failed.count)")
        for f in failed.prefix(20) { lines.append("    cluster \(f.clusterID): \(f.detail)") }
        if failed.count > 20 { lines.append("    … \(failed.count - 20) more: `tcdedupe journal --run \(runID)` lists them") }
        return lines.joined(separator: "\n")
    }
}
