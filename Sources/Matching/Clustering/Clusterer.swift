/// Groups scored pairs into clusters, with an over-merge guard.
///
/// Pairs are joined strongest first (Kruskal's order over match probability). Before two groups
/// join, every member of one is checked against every member of the other: if any two records
/// contradict each other (two different birthdays, entirely different names, two different given
/// names under one family name), the link is refused, so that a chain A~B~C cannot put A and C
/// together when they cannot be one person. Groups that had a link refused go to review.
struct Clusterer {
    let comparer: PairComparer
    let rules: ContradictionRules
    let autoMergeThreshold: Double
    let maximumAutoMergeClusterSize: Int
    /// Comparisons whose first level is evidence of the person (see `MatchingSettings.autoMergeEvidence`).
    let personEvidence: [Int]
    let personEvidenceMinimumWeight: Double
    /// Comparisons whose last level vetoes auto-merge (see `MatchingSettings.autoMergeVetoes`).
    let vetoes: [Int]
    /// Above this many member pairs the guard stops checking and sends the cluster to review.
    let maximumGuardChecks = 4_096
    /// Up to this many members in two joining groups, a given-name conflict may be held by a
    /// vouched pair among them (see ``firstContradiction(_:_:linking:)``); the search is quadratic.
    let maximumHeldNameGroup = 12
    /// "Never merge" pins: no union may put a pinned pair in one cluster (see ``CannotLinks``).
    var cannotLinks = CannotLinks()

    /// - Complexity: O(P log P) to order the pairs, plus the guard's member-pair checks.
    func cluster(_ pairs: [ScoredPair], recordCount: Int) -> (clusters: [MatchedCluster], refusals: Int) {
        let ordered = pairs.sorted { x, y in
            if x.probability != y.probability { return x.probability > y.probability }
            if x.weight != y.weight { return x.weight > y.weight }
            return (x.a, x.b) < (y.a, y.b)
        }
        var sets = UnionFind(count: recordCount)
        var members: [Int: [Int]] = [:]
        var links: [Int: [ScoredPair]] = [:]
        var reasons: [Int: [String]] = [:]
        var notes: [Int: [String]] = [:]
        var refusals = 0
        for pair in ordered {
            let ra = sets.find(Int(pair.a)), rb = sets.find(Int(pair.b))
            if ra == rb { continue }
            let ma = members[ra] ?? [ra], mb = members[rb] ?? [rb]
            if !cannotLinks.isEmpty && pinSeparates(ma, ra, mb, rb, sets: &sets) {
                notes[ra, default: []].appendOnce(Self.pinNote)
                notes[rb, default: []].appendOnce(Self.pinNote)
                continue
            }
            if ma.count * mb.count > maximumGuardChecks {
                reasons[ra, default: []].appendOnce("cluster too large for the over-merge guard to check every pair")
            } else if let why = firstContradiction(ma, mb, linking: pair) {
                // The refused link stays out; what remains on each side is checked like any
                // other cluster, so the split is a note for the reviewer, not a veto.
                refusals += 1
                let note = "the over-merge guard kept a related record out: \(why)"
                notes[ra, default: []].appendOnce(note)
                notes[rb, default: []].appendOnce(note)
                continue
            }
            let root = sets.union(ra, rb)
            let other = root == ra ? rb : ra
            members[root] = (root == ra ? ma + mb : mb + ma)
            members[other] = nil
            var joined = (links[root] ?? []) + (links[other] ?? [])
            joined.append(pair)
            links[root] = joined
            links[other] = nil
            var why = (reasons[root] ?? [])
            for r in reasons[other] ?? [] { why.appendOnce(r) }
            reasons[root] = why.isEmpty ? nil : why
            reasons[other] = nil
            var said = (notes[root] ?? [])
            for n in notes[other] ?? [] { said.appendOnce(n) }
            notes[root] = said.isEmpty ? nil : said
            notes[other] = nil
        }
        var clusters: [MatchedCluster] = []
        for (root, group) in members where group.count > 1 {
            let tree = (links[root] ?? []).sorted { ($0.probability, $1.a, $1.b) > ($1.probability, $0.a, $0.b) }
            let weakest = tree.min { ($0.probability, $0.weight) < ($1.probability, $1.weight) }!
            var why = reasons[root] ?? []
            if weakest.probability >= autoMergeThreshold {
                why += autoMergeObjections(tree)
            }
            // Held back by some of its links only: the parts the other links join may merge.
            if reasons[root] == nil, weakest.probability < autoMergeThreshold || !why.isEmpty,
               let parts = peeled(group, tree: tree, notes: notes[root] ?? []) {
                clusters += parts
                continue
            }
            if group.count > maximumAutoMergeClusterSize {
                why.append("cluster of \(group.count) exceeds the auto-merge size cap of \(maximumAutoMergeClusterSize)")
            }
            clusters.append(MatchedCluster(
                members: group.sorted(), confidence: weakest.probability, weakestWeight: weakest.weight,
                links: tree, reviewReasons: why, notes: notes[root] ?? [],
                autoMergeEligible: why.isEmpty && weakest.probability >= autoMergeThreshold))
        }
        clusters.sort { $0.members[0] < $1.members[0] }
        return (clusters, refusals)
    }

    /// Why links of a confident cluster still need a person to look: no person-level agreement,
    /// or a person-level disagreement (family members sharing contact details).
    func autoMergeObjections(_ tree: [ScoredPair]) -> [String] {
        var out: [String] = []
        if !personEvidence.isEmpty, tree.contains(where: { !hasPersonEvidence($0) }) {
            let names = personEvidence.map { comparer.specs[$0].name }.joined(separator: ", ")
            out.append("a link has no strong agreement on \(names): it may join family members who share contact details")
        }
        for c in vetoes {
            let last = comparer.specs[c].levels.count
            if tree.contains(where: { $0.pattern.level(c) == last && !vouchedDespite(c, $0) }) {
                out.append("a link has different \(comparer.specs[c].name) values: it may join family members")
            }
        }
        return out
    }

    /// Whether a link whose comparison `c` disagrees is still one person by everything else: it
    /// shares no phone or email (the contact details a household shares, where two given names
    /// or birthdays mean two people), and the other person fields (family name, given name,
    /// birthday, whichever is not `c`) all agree strongly. Then one rewritten field is weighed
    /// by its level, not treated as a household.
    private func vouchedDespite(_ c: Int, _ link: ScoredPair) -> Bool {
        for k in comparer.specs.indices where comparer.columns[k].checksHousehold && link.pattern.level(k) == 1 {
            return false
        }
        let others = [comparer.lastNameComparison, comparer.firstNameComparison, comparer.birthdayComparison]
            .compactMap { $0 }.filter { $0 != c }
        return !others.isEmpty && others.allSatisfy { agreesStrongly($0, link.pattern.level($0)) }
    }

    /// True when one of the person-level comparisons reached a level worth at least
    /// `personEvidenceMinimumWeight` (its base weight, before term-frequency adjustment):
    /// an exact match, or a typo-close one.
    private func hasPersonEvidence(_ link: ScoredPair) -> Bool {
        personEvidence.contains { c in
            let level = link.pattern.level(c)
            guard level > 0, comparer.model.comparisons[c].levels[level - 1].weight >= personEvidenceMinimumWeight else {
                return false
            }
            // A phone or email the whole family uses tells no member from another.
            return comparer.sharePersonalValue(c, Int(link.a), Int(link.b))
        }
    }

    /// The first contradiction between a member of `a` and a member of `b`, in words.
    ///
    /// Only a *new* birthday conflict refuses the link. When `x` of `a` and `y` of `b` were born
    /// on different days but `a` already holds a member born on `y`'s day (or one slip from it),
    /// or `b` one born on `x`'s, or the linking pair itself differs the same way (`x` shares the
    /// birthday of its end in `a`, `y` that of its end in `b`), that conflict was weighed
    /// already: when those members were linked, or by the linking pair's own birthday check.
    /// One record with a mistyped birthday would otherwise keep every further duplicate of that
    /// person out of the cluster, one by one. (Measured: FEBRL 2/3 auto-merge recall
    /// 0.906/0.881 -> 0.919/0.896, the generated bases unchanged. Holding given names the same
    /// way gained more on FEBRL but cost the generated Japanese bases two points of auto-merge
    /// recall: households joined whole and went to review; names are held only as below.)
    ///
    /// A given-name conflict is held the same way, but only where a vouched pair stands behind
    /// it: two members of the joined group, one going by `x`'s given name and one by `y`'s, that
    /// would pass the given-name check themselves (one family name, birthdays that agree, and
    /// enough on their own for auto-merge: see ``givenNamesVouched(_:_:)``). Then the conflict
    /// was weighed with that pair, and one record whose given name was retyped (`blae` for
    /// `blake`) or whose birthday is missing no longer keeps a vouched duplicate of the same
    /// person out, or lets it in only through a weaker link. A household is unaffected: its
    /// members' birthdays are missing or differ, so no pair of them is vouched. Checked in
    /// groups of up to `maximumHeldNameGroup` members (larger ones keep the plain check).
    private func firstContradiction(_ a: [Int], _ b: [Int], linking pair: ScoredPair) -> String? {
        let (endA, endB) = a.contains(Int(pair.a)) ? (Int(pair.a), Int(pair.b)) : (Int(pair.b), Int(pair.a))
        let joined = a.count + b.count <= maximumHeldNameGroup ? (a + b).sorted() : []
        for x in a.sorted() {
            for y in b.sorted() {
                let direct = (min(x, y), max(x, y)) == (Int(pair.a), Int(pair.b))
                let held = !direct && (holdsBirthday(of: y, in: a) || holdsBirthday(of: x, in: b)
                    || (sameBirthday(x, endA) && sameBirthday(y, endB)))
                let namesHeld = { self.vouchedPair(in: joined, goingBy: x, and: y) }
                let bridged = { self.vouchedForBoth(x, y, in: joined) }
                if let why = contradiction(min(x, y), max(x, y), direct: direct, birthdayConflictHeld: held,
                                           givenNameConflictHeld: namesHeld, differentNamesHeld: bridged) { return why }
            }
        }
        return nil
    }

    /// Whether `group` holds a vouched pair (see ``givenNamesVouched(_:_:)``) of which one goes by
    /// `x`'s given name and the other by `y`'s.
    private func vouchedPair(in group: [Int], goingBy x: Int, and y: Int) -> Bool {
        let likeX = group.filter { sameGivenName($0, x) }
        guard !likeX.isEmpty else { return false }
        let likeY = group.filter { sameGivenName($0, y) }
        for p in likeX {
            for q in likeY where p != q && givenNamesVouched(p, q) { return true }
        }
        return false
    }

    /// Whether a third member of `group` vouches for both `x` and `y`: shares a name with each
    /// (its family name with one, its given name with the other, say), was born on the same
    /// day as both, and with each reaches the auto-merge threshold on its own. Two records of
    /// one person with different names mistyped or replaced (`molly reid` and `tahlia rundle`
    /// beside the original `tahlia reid`) are then no contradiction; a household's members are
    /// born on different days, so no member vouches for two of them.
    private func vouchedForBoth(_ x: Int, _ y: Int, in group: [Int]) -> Bool {
        group.contains { z in z != x && z != y && vouches(z, x) && vouches(z, y) }
    }

    /// One name in common, the same birthday (or one slip), and the auto-merge threshold reached.
    private func vouches(_ r: Int, _ s: Int) -> Bool {
        guard r != s, let lc = comparer.lastNameComparison, let fc = comparer.firstNameComparison,
              sameBirthday(r, s) else { return false }
        let n = comparer.nameLevels(r, s)
        return (agreesStrongly(lc, n.last) || agreesStrongly(fc, n.first)) && overwhelming(r, s)
    }

    /// Whether records `r` and `s` go by one given name: the same record, or a strong given-name
    /// level (exact, nickname, typo-close) in the better name orientation whose family names do
    /// not differ. (Crossed names can pair one record's family name with the other's given
    /// name, `渡辺 順子` typed the other way round against `Watanabe Haruto`: that is no given
    /// name in common.)
    private func sameGivenName(_ r: Int, _ s: Int) -> Bool {
        guard r != s else { return true }
        guard let fc = comparer.firstNameComparison, let lc = comparer.lastNameComparison else { return false }
        let n = comparer.nameLevels(r, s)
        return agreesStrongly(fc, n.first) && n.last != comparer.specs[lc].levels.count
    }

    /// Whether the pair `i`, `j` would pass the given-name check on its own: one family name,
    /// birthdays that agree strongly, and a weight that reaches the auto-merge threshold.
    private func givenNamesVouched(_ i: Int, _ j: Int) -> Bool {
        guard let bc = comparer.birthdayComparison, comparer.nameLevels(i, j).last == 1 else { return false }
        return agreesStrongly(bc, comparer.level(bc, i, j).level) && overwhelming(i, j)
    }

    /// Whether a member of `group` has record `r`'s birthday, or one slip from it.
    private func holdsBirthday(of r: Int, in group: [Int]) -> Bool {
        group.contains { sameBirthday($0, r) }
    }

    /// Whether records `r` and `s` have the same birthday or one slip apart (a record has its own).
    private func sameBirthday(_ r: Int, _ s: Int) -> Bool {
        guard r != s else { return true }
        guard let bc = comparer.birthdayComparison else { return false }
        return agreesStrongly(bc, comparer.level(bc, r, s).level)
    }

    /// Why records `i` and `j` cannot be one person. For the pair being linked (`direct`) only
    /// hard facts count (birthdays); its names were already weighed by its score.
    ///
    /// One disagreeing field is a contradiction unless the rest of the pair's evidence is
    /// overwhelming: the other person fields agree strongly *and* the two records, weighed on
    /// their own with the disagreeing field counted against them, reach the auto-merge
    /// threshold. So a birthday at the `different` level of the birthday comparison (not a
    /// slip, not two digits off) is a contradiction unless both names agree strongly and the
    /// pair still scores that high; two given names under one family name are one unless the
    /// birthdays agree and the pair scores that high. A corrupted field among overwhelming
    /// agreement (same names, address, city) is left to the weights; a parent and child
    /// (different given names *and* birthdays), namesakes born on other days whose only link
    /// is a chain, or two people sharing a phone are still kept apart. "Agree strongly" is a
    /// level worth at least `personEvidenceMinimumWeight` bits (exact, nickname, typo-close).
    /// `birthdayConflictHeld`: the groups being joined already hold these two birthdays (see
    /// ``firstContradiction(_:_:linking:)``), so they are no contradiction.
    /// `givenNameConflictHeld`: asked only when a given-name conflict is found; true when a
    /// vouched pair of the joined group already weighed it (see
    /// ``firstContradiction(_:_:linking:)``). `differentNamesHeld`: asked only when both names
    /// differ entirely; true when a third member vouches for both records.
    func contradiction(_ i: Int, _ j: Int, direct: Bool = false, birthdayConflictHeld: Bool = false,
                       givenNameConflictHeld: () -> Bool = { false },
                       differentNamesHeld: () -> Bool = { false }) -> String? {
        var names: (last: Int, first: Int, weight: Double, swapped: Bool)?
        func nameLevels() -> (last: Int, first: Int, weight: Double, swapped: Bool) {
            if let names { return names }
            let n = comparer.nameLevels(i, j)
            names = n
            return n
        }
        var birthdayAgrees = false
        if let bc = comparer.birthdayComparison {
            let level = comparer.level(bc, i, j).level
            birthdayAgrees = agreesStrongly(bc, level)
            if rules.differentBirthday && level == comparer.specs[bc].levels.count && !birthdayConflictHeld {
                let n = nameLevels()
                let vouched = comparer.lastNameComparison.map { agreesStrongly($0, n.last) } == true
                    && comparer.firstNameComparison.map { agreesStrongly($0, n.first) } == true
                if !vouched || !overwhelming(i, j) { return "two members have different birthdays" }
            }
        }
        if direct { return nil }
        guard let lc = comparer.lastNameComparison, let fc = comparer.firstNameComparison else { return nil }
        let n = nameLevels()
        let lastLevels = comparer.specs[lc].levels.count, firstLevels = comparer.specs[fc].levels.count
        let lastDifferent = n.last == lastLevels, firstDifferent = n.first == firstLevels
        if rules.differentName && lastDifferent && firstDifferent && !differentNamesHeld() {
            return "two members have entirely different names"
        }
        if rules.differentGivenName && n.last == 1 && firstDifferent && !(birthdayAgrees && overwhelming(i, j))
            && !givenNameConflictHeld() {
            return "two members share a family name but have different given names"
        }
        return nil
    }

    /// Whether records `i` and `j` on their own reach the auto-merge threshold.
    private func overwhelming(_ i: Int, _ j: Int) -> Bool {
        comparer.model.priorWeight + comparer.evaluate(i, j).weight >= ScoringModel.weight(probability: autoMergeThreshold)
    }

    /// Whether `level` of comparison `c` is strong agreement: present and worth at least
    /// `personEvidenceMinimumWeight` bits (before term-frequency adjustment).
    private func agreesStrongly(_ c: Int, _ level: Int) -> Bool {
        level > 0 && comparer.model.comparisons[c].levels[level - 1].weight >= personEvidenceMinimumWeight
    }
}

extension Array where Element == String {
    mutating func appendOnce(_ s: String) {
        if !contains(s) { append(s) }
    }
}
