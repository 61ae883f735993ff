/// Names the change of one group of clusters (see ``ClusterChange``).
struct ChangeClassifier {
    let before: RunClusters
    let after: RunClusters
    let overlap: MemberOverlap

    func change(before olds: [Int32], after news: [Int32]) -> ClusterChange {
        switch (olds.count, news.count) {
        case (0, _): return .new
        case (_, 0): return .gone
        case (1, 1): return oneToOne(olds[0], news[0])
        case (1, _): return .split
        case (_, 1): return .joined
        default: return .regrouped
        }
    }

    private func oneToOne(_ old: Int32, _ new: Int32) -> ClusterChange {
        let shared = overlap.shared[MemberOverlap.key(old, new)] ?? 0
        let (oldSize, newSize) = (overlap.beforeMembers[Int(old)], overlap.afterMembers[Int(new)])
        switch (shared == oldSize, shared == newSize) {
        case (true, true): break
        case (true, false): return .grown
        case (false, true): return .shrunk
        case (false, false): return .gainedAndLost
        }
        let (was, now) = (before.outlines[Int(old)], after.outlines[Int(new)])
        if was.victorID != now.victorID { return .otherVictor }
        if was.autoMerge != now.autoMerge || before.band(old) != after.band(new) { return .otherBand }
        return .unchanged
    }
}
