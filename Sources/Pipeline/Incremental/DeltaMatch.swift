import Matching
import Normalization
import StandingIndex
import Store
import StoredRuns
import Support

/// An incremental run's matching over the changed records and their neighbours only, with the
/// base run's model: the pairs and clusters a full run with that model makes for the
/// components that changed, without the rest of the base (see ``IncrementalRun``).
///
/// Nodes are as in ``DeltaRecords``. A pair of two unchanged records weighs what it weighed in
/// the base (frozen model and value counts) and is a candidate now unless every block that
/// proposed it grew over its cap; a block that shrank under its cap proposes pairs the base
/// never compared. So, rule by rule, every block a changed record enters or leaves is looked up
/// in the base's standing index: its size then, its size now (then, minus the entries of the
/// base versions that left, plus those of the new ones), and its records.
/// - a block within its cap now gives every pair with a new record, and, if it was over its cap
///   then, every pair of its unchanged records too: these are scored;
/// - a block over its cap now that was within it then may drop kept pairs of its unchanged
///   records: each is checked for another block (any rule) within its cap now.
/// The base's kept pairs with a changed or gone record are dropped. Records whose links may have
/// changed (the new ones, the ends of every dropped pair and every new link, pinned ones) are
/// seeds; the connected components (over the pairs now) that hold a seed are clustered again,
/// from a table of their records in customer-id order, which the clusterer joins as a full run does.
struct DeltaMatch {
    let records: DeltaRecords
    let index: StandingIndex
    let matcher: Matcher
    let counts: KeptCounts
    let threads: Int

    init(records: DeltaRecords, index: StandingIndex, matcher: Matcher, model: KeptModel, threads: Int) {
        self.records = records
        self.index = index
        self.matcher = matcher
        self.counts = KeptCounts(matcher: matcher, model: model.model, frequencies: model.frequencies)
        self.threads = threads
    }

    struct Outcome {
        /// Pairs and clusters of the rebuilt records (``rebuiltIDs``, their table's order).
        var result: MatchResult
        var rebuiltIDs: [String]
        var rebuiltNodes: [Int]
        var scoredCandidates: Int
        var keptPairs: Int
        /// What changed in the base's blocks, for `match`'s overlay of the base's index.
        var overlay: StandingOverlayChanges
    }

    /// - Parameter baseCandidates: the base's candidate pairs (packed, ascending), to count the candidates now.
    func run(pins: [PinRow], baseCandidates: [UInt64], progress: (@Sendable (String) -> Void)?) throws -> Outcome {
        let state = records.state
        let n = state.count
        let changes = records.changes
        var isOld = [Bool](repeating: false, count: n)
        for old in changes.old { isOld[old.index] = true }
        // New records that parse (an unreadable one takes part in nothing, as in a full run).
        try records.load((0..<changes.new.count).map { n + $0 })
        let newNodes = (0..<changes.new.count).map { n + $0 }.filter { records.records[$0] != nil }
        let rules = matcher.settings.blockingRules

        // Keys of the base versions that left and of the new versions, per rule.
        let oldVersions = records.oldVersions()
        let oldPresent = oldVersions.compactMap { $0 }
        let oldKeys = oldPresent.isEmpty ? [] : counts.standingKeys(oldPresent, threads: threads)
        let newKeys = newNodes.isEmpty ? [] : counts.standingKeys(newNodes.map { records.records[$0]!.normalized }, threads: threads)
        let overlay = StandingOverlayChanges(
            old: zip(changes.old, oldVersions).compactMap { old, normalized in normalized == nil ? nil : state.id(old.index) },
            oldKeys: oldKeys, new: newNodes.map { records.records[$0]!.id }, newKeys: newKeys,
            stale: changes.old.map { state.id($0.index) })

        var candidates = Set<UInt64>()
        var possiblyLost = Set<UInt64>()
        // The size now of every block touched, per rule, to recheck possibly lost pairs.
        var sizesNow = [[UInt64: Int]](repeating: [:], count: rules.count)
        progress?("looking up the blocks of \(group(newNodes.count + oldPresent.count)) changed records")
        for (r, rule) in rules.enumerated() {
            var removed: [UInt64: Int] = [:]
            var added: [UInt64: (entries: Int, nodes: [Int])] = [:]
            for keys in oldKeys { for key in keys[r] { removed[key, default: 0] += 1 } }
            for (j, keys) in newKeys.enumerated() {
                for key in keys[r] {
                    var entry = added[key] ?? (0, [])
                    entry.entries += 1
                    if entry.nodes.last != newNodes[j] { entry.nodes.append(newNodes[j]) }
                    added[key] = entry
                }
            }
            let cap = rule.maximumBlockSize
            for key in Set(removed.keys).union(added.keys).sorted() {
                let sizeThen = try index.blockSize(rule: r, key: key)
                let newcomers = added[key]?.nodes ?? []
                let sizeNow = sizeThen - (removed[key] ?? 0) + (added[key]?.entries ?? 0)
                sizesNow[r][key] = sizeNow
                if sizeNow <= cap {
                    let grewUnder = sizeThen > cap
                    guard !newcomers.isEmpty || grewUnder else { continue }
                    let stayed = sizeThen == 0 ? [] : try index.block(rule: r, key: key).records.map(Int.init).filter { !isOld[$0] }
                    let members = stayed + newcomers
                    for x in 0..<members.count {
                        for y in (x + 1)..<max(members.count, x + 1) where members[x] != members[y] {
                            if members[x] >= n || members[y] >= n || grewUnder { candidates.insert(Self.pack(members[x], members[y])) }
                        }
                    }
                } else if sizeThen <= cap && sizeThen > 1 {
                    let stayed = try index.block(rule: r, key: key).records.map(Int.init).filter { !isOld[$0] }
                    for x in 0..<stayed.count {
                        for y in (x + 1)..<max(stayed.count, x + 1) { possiblyLost.insert(Self.pack(stayed[x], stayed[y])) }
                    }
                }
            }
        }

        // The base's kept pairs with a changed or gone record are dropped. Of the base's
        // candidates (its pairs all among them), those in a block that grew over its cap are
        // rechecked below; the others stay candidates unless they touch a changed record.
        var seeds = Set<Int>(newNodes)
        for pair in state.pairs where isOld[Int(pair.a)] || isOld[Int(pair.b)] {
            if !isOld[Int(pair.a)] { seeds.insert(Int(pair.a)) }
            if !isOld[Int(pair.b)] { seeds.insert(Int(pair.b)) }
        }
        var candidateCount = baseCandidates.count
        for c in baseCandidates where isOld[Int(c >> 32)] || isOld[Int(c & 0xFFFF_FFFF)] { candidateCount -= 1 }
        let lostCheck = possiblyLost.filter { Self.contains(baseCandidates, $0) }.sorted()
        for c in candidates where (Int(c >> 32) >= n || Int(c & 0xFFFF_FFFF) >= n) || !Self.contains(baseCandidates, c) {
            candidateCount += 1
        }

        // Score the candidates in a table of their records, in customer-id order.
        var scoreNodes = Set<Int>(newNodes)
        for c in candidates { scoreNodes.insert(Int(c >> 32)); scoreNodes.insert(Int(c & 0xFFFF_FFFF)) }
        for c in lostCheck { scoreNodes.insert(Int(c >> 32)); scoreNodes.insert(Int(c & 0xFFFF_FFFF)) }
        progress?("reading \(group(scoreNodes.count)) neighbours; scoring \(group(candidates.count)) candidate pairs")
        try records.load(scoreNodes)
        let scoreOrder = ordered(scoreNodes.filter { records.records[$0] != nil })
        var local: [Int: Int] = [:]
        for (i, node) in scoreOrder.enumerated() { local[node] = i }
        let scoreTable = table(scoreOrder.map { records.records[$0]!.normalized })
        var packed: [UInt64] = []
        packed.reserveCapacity(candidates.count)
        for c in candidates {
            guard let i = local[Int(c >> 32)], let j = local[Int(c & 0xFFFF_FFFF)] else { continue }
            packed.append(Self.pack(i, j))
        }
        packed.sort()
        var fresh: [(a: Int, b: Int, pair: ScoredPair)] = []
        for pair in scoreTable.score(packed, threads: threads) {
            let a = scoreOrder[Int(pair.a)], b = scoreOrder[Int(pair.b)]
            // A pair of unchanged records the base kept is kept as it was.
            if a < n && b < n && basePairIndex(a, b) != nil { continue }
            fresh.append((a, b, pair))
            seeds.insert(a)
            seeds.insert(b)
        }

        // Kept pairs whose every proposing block is over its cap now are gone.
        var lost = Set<Int>()
        if !lostCheck.isEmpty {
            let keys = scoreTable.standingKeys()
            for c in lostCheck {
                let a = Int(c >> 32), b = Int(c & 0xFFFF_FFFF)
                guard let la = local[a], let lb = local[b] else { continue }
                if try !stillProposed(keys[la], keys[lb], sizesNow: sizesNow) {
                    candidateCount -= 1
                    if let k = basePairIndex(a, b) {
                        lost.insert(k)
                        seeds.insert(a)
                        seeds.insert(b)
                    }
                }
            }
        }
        // Pinned records too: a pin made since the base splits what the base joined.
        var newNode: [String: Int] = [:]
        for node in newNodes { newNode[records.id(ofNode: node)] = node }
        for pin in pins {
            for id in [pin.customerA, pin.customerB] {
                if let node = newNode[id] { seeds.insert(node) } else if let k = state.index(of: id), !isOld[k] { seeds.insert(k) }
            }
        }

        // The components (over the pairs now) that hold a seed.
        var sets = NodeComponents(count: n + changes.new.count)
        var keptPairs = 0
        for (k, pair) in state.pairs.enumerated() where !isOld[Int(pair.a)] && !isOld[Int(pair.b)] && !lost.contains(k) {
            sets.union(Int(pair.a), Int(pair.b))
            keptPairs += 1
        }
        for f in fresh { sets.union(f.a, f.b) }
        var roots = Set<Int>()
        for s in seeds { roots.insert(sets.find(s)) }
        var rebuilt: [Int] = []
        for node in 0..<(n + changes.new.count) where (node >= n || !isOld[node]) && roots.contains(sets.find(node)) {
            if node < n || records.records[node] != nil { rebuilt.append(node) }
        }
        progress?("reading the \(group(rebuilt.count)) records of the components that changed; clustering them")
        try records.load(rebuilt)
        let order = ordered(rebuilt.filter { records.records[$0] != nil })
        var at: [Int: Int32] = [:]
        for (i, node) in order.enumerated() { at[node] = Int32(i) }
        var pairs: [ScoredPair] = []
        for (k, pair) in state.pairs.enumerated() where !lost.contains(k) {
            guard let a = at[Int(pair.a)], let b = at[Int(pair.b)], !isOld[Int(pair.a)], !isOld[Int(pair.b)] else { continue }
            var moved = pair
            moved.a = a
            moved.b = b
            pairs.append(moved)
        }
        for f in fresh {
            guard let a = at[f.a], let b = at[f.b] else { continue }
            var moved = f.pair
            moved.a = min(a, b)
            moved.b = max(a, b)
            pairs.append(moved)
        }
        pairs.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        let ids = order.map { records.records[$0]!.id }
        var position: [String: Int] = [:]
        for (i, id) in ids.enumerated() { position[id] = i }
        let cannotLinks = CannotLinks(pins.compactMap { pin in
            guard let a = position[pin.customerA], let b = position[pin.customerB] else { return nil }
            return (a, b)
        })
        var statistics = MatchStatistics()
        statistics.records = order.count
        statistics.candidatePairs = candidateCount
        // The run's pairs at or above the review threshold: the base's it keeps and the new ones,
        // as a full run counts them (`pairs` holds only those of the rebuilt components).
        statistics.scoredPairs = keptPairs + fresh.count
        let clusterTable = table(order.map { records.records[$0]!.normalized })
        let result = clusterTable.cluster(pairs, cannotLinks: cannotLinks, statistics: statistics)
        return Outcome(result: result, rebuiltIDs: ids, rebuiltNodes: order, scoredCandidates: packed.count, keptPairs: keptPairs,
                       overlay: overlay)
    }

    private func table(_ customers: [NormalizedCustomer]) -> KeptModelTable {
        KeptModelTable(customers, counts: counts, threads: threads)
    }

    /// Nodes in customer-id order (unchanged ones are already in it among themselves).
    private func ordered(_ nodes: some Sequence<Int>) -> [Int] {
        let n = records.baseCount
        let all = Array(nodes)
        let unchanged = all.filter { $0 < n }.sorted()
        let fresh = all.filter { $0 >= n }.sorted()  // ChangeSet.new is in id order
        var out: [Int] = []
        out.reserveCapacity(all.count)
        var i = 0, j = 0
        while i < unchanged.count || j < fresh.count {
            if j == fresh.count || (i < unchanged.count && storeOrder(records.id(ofNode: unchanged[i]), records.id(ofNode: fresh[j]))) {
                out.append(unchanged[i]); i += 1
            } else {
                out.append(fresh[j]); j += 1
            }
        }
        return out
    }

    /// Whether two unchanged records still share a block within its cap under some rule.
    private func stillProposed(_ x: [[UInt64]], _ y: [[UInt64]], sizesNow: [[UInt64: Int]]) throws -> Bool {
        for (r, rule) in matcher.settings.blockingRules.enumerated() {
            for key in Set(x[r]).intersection(y[r]) {
                let size = try sizesNow[r][key] ?? index.blockSize(rule: r, key: key)
                if size <= rule.maximumBlockSize { return true }
            }
        }
        return false
    }

    /// The index of the base's kept pair of records `a < b`, or nil.
    private func basePairIndex(_ a: Int, _ b: Int) -> Int? {
        let pairs = records.state.pairs
        let (x, y) = (Int32(min(a, b)), Int32(max(a, b)))
        var low = 0, high = pairs.count
        while low < high {
            let mid = (low + high) / 2
            if (pairs[mid].a, pairs[mid].b) < (x, y) { low = mid + 1 } else { high = mid }
        }
        return low < pairs.count && pairs[low].a == x && pairs[low].b == y ? low : nil
    }

    /// Whether the ascending `sorted` holds `value`.
    static func contains(_ sorted: [UInt64], _ value: UInt64) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value
    }

    static func pack(_ x: Int, _ y: Int) -> UInt64 {
        UInt64(min(x, y)) << 32 | UInt64(max(x, y))
    }
}
