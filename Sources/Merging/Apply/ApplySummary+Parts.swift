/// The summary of a parallel apply, put together from each cluster's part.
extension ApplySummary {
    /// Adds what one cluster (or one later check) contributed.
    mutating func absorb(_ part: ApplySummary) {
        considered += part.considered
        merged += part.merged
        alreadyDone += part.alreadyDone
        resumed += part.resumed
        rechecked += part.rechecked
        skipped += part.skipped
        failed += part.failed
        unverified += part.unverified
        wouldSend += part.wouldSend
        demoted += part.demoted
    }

    /// Puts each list in plan order (threads finish clusters in any order), and moves the merges
    /// the later victim sample found incomplete from `merged` to `unverified`.
    mutating func finish(order: [Int: Int]) {
        let moved = Set(demoted.map(\.clusterID))
        merged.removeAll { moved.contains($0.clusterID) }
        unverified += demoted
        demoted = []
        func ordered(_ list: [Outcome]) -> [Outcome] {
            list.sorted { (order[$0.clusterID] ?? Int.max, $0.clusterID) < (order[$1.clusterID] ?? Int.max, $1.clusterID) }
        }
        merged = ordered(merged)
        skipped = ordered(skipped)
        failed = ordered(failed)
        unverified = ordered(unverified)
    }
}
