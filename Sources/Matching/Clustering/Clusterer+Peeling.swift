extension Clusterer {
    /// A cluster held back from auto-merge by some of its links, split into the parts those links
    /// join, when at least one part merges on its own.
    ///
    /// A cluster whose weakest link is under the auto-merge threshold, or one of whose links
    /// lacks person evidence or disagrees on a given name or birthday, goes to review whole: four
    /// certain duplicates of one person wait for a reviewer because a fifth record (a household
    /// member sharing the address, or a duplicate with three fields retyped) hangs on by one
    /// doubtful link. Here the doubtful links are taken out of the cluster's tree: every part
    /// they leave that holds two or more members is joined by confident, unobjected links only
    /// and merges like any other cluster (within the size cap); a member left on its own is not
    /// suggested in this run, and the part it hung from says so in a note. Once the part is
    /// merged, the next run compares that member with the merged customer and suggests it for
    /// review again when they still score above the review threshold.
    ///
    /// Returns nil, and the cluster goes to review whole as before, when no part would merge (a
    /// household whose members are linked only by doubtful links stays one review cluster), or
    /// when a doubtful link shares a phone or email: that is what a household looks like, and
    /// then the links among the rest (the same family phone, a namesake parent and child) are
    /// suspect too. Measured on the generated bases (100k, six seeds): splitting those as well
    /// merged a household's namesakes and cost auto-merge precision (0.9990 -> 0.9988 on seed
    /// 1); split only where the doubtful links share no contact, the parts merged at the
    /// precision of the rest.
    func peeled(_ group: [Int], tree: [ScoredPair], notes: [String]) -> [MatchedCluster]? {
        let doubtful = tree.map { $0.probability < autoMergeThreshold || !autoMergeObjections([$0]).isEmpty }
        guard doubtful.contains(true), doubtful.contains(false) else { return nil }
        for (link, isDoubtful) in zip(tree, doubtful) where isDoubtful && sharesContact(link) { return nil }
        var sets = UnionFind(count: group.count)
        let position = Dictionary(uniqueKeysWithValues: group.enumerated().map { ($1, $0) })
        for (link, isDoubtful) in zip(tree, doubtful) where !isDoubtful {
            _ = sets.union(position[Int(link.a)]!, position[Int(link.b)]!)
        }
        var parts: [Int: [Int]] = [:]
        for (index, member) in group.enumerated() {
            parts[sets.find(index), default: []].append(member)
        }
        var clusters: [MatchedCluster] = []
        var leftOut = 0
        for part in parts.values {
            guard part.count > 1 else {
                leftOut += 1
                continue
            }
            let inside = Set(part)
            let links = tree.filter { inside.contains(Int($0.a)) && inside.contains(Int($0.b)) }
            let weakest = links.min { ($0.probability, $0.weight) < ($1.probability, $1.weight) }!
            var why: [String] = []
            if part.count > maximumAutoMergeClusterSize {
                why.append("cluster of \(part.count) exceeds the auto-merge size cap of \(maximumAutoMergeClusterSize)")
            }
            clusters.append(MatchedCluster(
                members: part.sorted(), confidence: weakest.probability, weakestWeight: weakest.weight,
                links: links, reviewReasons: why, notes: notes,
                autoMergeEligible: why.isEmpty))
        }
        guard clusters.contains(where: \.autoMergeEligible) else { return nil }
        if leftOut > 0 {
            let note = leftOut == 1
                ? "a record linked to this cluster by a doubtful link was left out of the merge: it is compared with the merged customer in the next run"
                : "\(leftOut) records linked to this cluster by doubtful links were left out of the merge: they are compared with the merged customer in the next run"
            for index in clusters.indices { clusters[index].notes.appendOnce(note) }
        }
        return clusters
    }

    /// Whether the link agrees exactly on a household column (a phone or an email).
    private func sharesContact(_ link: ScoredPair) -> Bool {
        comparer.specs.indices.contains { comparer.columns[$0].checksHousehold && link.pattern.level($0) == 1 }
    }
}
