/// What an earlier run over the same model found, read back in the index space of the records
/// now: which records are unchanged (and where they were), the candidate pairs it compared and
/// the pairs it kept.
///
/// A pair of two unchanged records weighs what it weighed then (the model and the frozen value
/// counts are the same, see ``FrozenFrequencies``), so it need not be compared again if that
/// run compared it: kept if it kept it, dropped otherwise. A pair that run never compared (a
/// block that shrank under its size cap) or that touches a changed record is scored.
public struct PreviousMatch: Sendable {
    /// For each record now: its index in the earlier run when it is unchanged, -1 when it is new
    /// or changed. Unchanged records keep their order (both runs order records by customer id).
    public let previousIndex: [Int32]
    /// For each record of the earlier run: its index now when unchanged, -1 when changed or gone.
    let currentIndex: [Int32]
    /// The earlier run's candidate pairs, packed `i << 32 | j` in its indexes, ascending.
    let candidates: [UInt64]
    /// The earlier run's pairs at or above the review threshold, in its indexes, by (a, b).
    let pairs: [ScoredPair]

    public init(previousIndex: [Int32], previousCount: Int, candidates: [UInt64], pairs: [ScoredPair]) {
        self.previousIndex = previousIndex
        var current = [Int32](repeating: -1, count: previousCount)
        for (now, before) in previousIndex.enumerated() where before >= 0 { current[Int(before)] = Int32(now) }
        self.currentIndex = current
        self.candidates = candidates
        self.pairs = pairs
    }

    /// Records new or changed since the earlier run.
    public var changedRecords: Int { previousIndex.reduce(0) { $0 + ($1 < 0 ? 1 : 0) } }

    /// Records of the earlier run that are gone now (deleted, merged away) or changed.
    public var goneOrChangedRecords: Int { currentIndex.reduce(0) { $0 + ($1 < 0 ? 1 : 0) } }

    /// Splits the candidates now into the pairs to score and the earlier pairs kept as they were;
    /// `seeds` gets the records whose links may have changed.
    func split(_ packed: [UInt64], seeds: inout [Bool]) -> (toScore: [UInt64], kept: [ScoredPair]) {
        var toScore: [UInt64] = []
        var kept: [ScoredPair] = []
        var keptPrevious = [Bool](repeating: false, count: pairs.count)
        var c = 0, p = 0
        for q in packed {
            let (i, j) = CandidatePairs.unpack(q)
            let oi = previousIndex[i], oj = previousIndex[j]
            if oi < 0 || oj < 0 {
                toScore.append(q)
                continue
            }
            let o = UInt64(oi) << 32 | UInt64(oj)
            while c < candidates.count && candidates[c] < o { c += 1 }
            guard c < candidates.count && candidates[c] == o else {
                toScore.append(q)
                continue
            }
            while p < pairs.count && Self.packed(pairs[p]) < o { p += 1 }
            if p < pairs.count && Self.packed(pairs[p]) == o {
                var pair = pairs[p]
                pair.a = Int32(i)
                pair.b = Int32(j)
                kept.append(pair)
                keptPrevious[p] = true
            }
        }
        for (k, pair) in pairs.enumerated() where !keptPrevious[k] {
            for end in [pair.a, pair.b] where currentIndex[Int(end)] >= 0 { seeds[Int(currentIndex[Int(end)])] = true }
        }
        for (r, before) in previousIndex.enumerated() where before < 0 { seeds[r] = true }
        return (toScore, kept)
    }

    static func packed(_ pair: ScoredPair) -> UInt64 { UInt64(pair.a) << 32 | UInt64(pair.b) }
}
