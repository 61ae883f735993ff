import Support

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
        lines += costLines
        return lines.joined(separator: "\n")
    }

    /// What the apply cost: requests per merged cluster and their split, what the change feed
    /// said, how the victims were checked.
    var costLines: [String] {
        var lines: [String] = []
        let r = requests
        let split = "\(NumberText.grouped(r.puts)) PUTs, \(NumberText.grouped(r.memberFetches)) member GETs, "
            + "\(NumberText.grouped(r.victorFetches)) victor GETs, \(NumberText.grouped(r.victimChecks)) victim checks, "
            + "\(NumberText.grouped(r.changeFeedReads)) change-feed reads"
        if !dryRun && !merged.isEmpty {
            let perMerge = NumberText.fixed(Double(r.total) / Double(merged.count), digits: 2)
            lines.append("  requests       \(perMerge) per merged cluster (\(NumberText.grouped(r.total)) in all: \(split))")
        } else {
            lines.append("  requests       \(NumberText.grouped(r.total)) (\(split))")
        }
        if let changeFeedUnknown {
            lines.append("  change feed    not known (\(changeFeedUnknown)): every member was fetched before its merge")
        } else {
            lines.append("  change feed    \(NumberText.grouped(changedSinceExport)) customers changed since export; only those were fetched again")
        }
        if !dryRun {
            var victims = "  victims        \(victimPolicy.description): \(NumberText.grouped(victimsSampled)) cluster\(victimsSampled == 1 ? "" : "s") checked"
            if victimsSampled > 0 {
                victims += victimsStillAnswering == 0 ? ", every victim answered 404"
                    : ", \(victimsStillAnswering) with a victim still answering (unverified; every later merge was checked)"
            }
            lines.append(victims)
        }
        lines.append("  concurrency    \(concurrency) clusters at once")
        return lines
    }
}
