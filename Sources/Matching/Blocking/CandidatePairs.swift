import Dispatch
import Parallelism

/// The distinct candidate pairs produced by the blocking rules, and what blocking skipped.
public struct CandidatePairs: Sendable {
    /// Each pair packed as `i << 32 | j` with `i < j`, sorted ascending, no duplicates.
    public let packed: [UInt64]
    /// Blocks over their rule's size cap: not expanded.
    public let oversizedBlocks: Int
    /// Records in those blocks (counted once per block).
    public let recordsInOversizedBlocks: Int
    /// Pairs each rule proposed before deduplication, by rule name.
    public let pairsByRule: [(rule: String, pairs: Int)]

    public var count: Int { packed.count }

    @inline(__always)
    static func unpack(_ p: UInt64) -> (Int, Int) { (Int(p >> 32), Int(p & 0xFFFF_FFFF)) }

    /// Blocks the table with `rules`.
    ///
    /// Each rule's (key, record) entries are sorted so that a block is a run of equal keys; every
    /// block within its size cap gives all its pairs. Pairs are then deduplicated by one sort
    /// instead of a hash set per pair.
    /// Rules are blocked in parallel (each on its own thread's entries); their pairs are joined
    /// in rule order, so the result does not depend on `threads`.
    /// - Complexity: O(E + P) (radix sorts) for E key entries and P proposed pairs.
    public static func block(_ table: RecordTable, rules: [BlockingRule], threads: Int = 1) -> CandidatePairs {
        let keys = BlockingKeys(table: table, rules: rules)
        let perRule = ParallelChunks.map(count: rules.count, chunkSize: 1, threads: threads) { range in
            blockRule(rules[range.lowerBound], index: range.lowerBound, keys: keys, recordCount: table.count)
        }
        var all: [UInt64] = []
        all.reserveCapacity(perRule.reduce(0) { $0 + $1.pairs.count })
        for rule in perRule { all.append(contentsOf: rule.pairs) }
        let oversized = perRule.reduce(0) { $0 + $1.oversizedBlocks }
        let oversizedRecords = perRule.reduce(0) { $0 + $1.recordsInOversizedBlocks }
        let byRule = zip(rules, perRule).map { ($0.name, $1.pairs.count) }
        RadixSort.sort(&all)
        var unique = 0
        for k in 0..<all.count where k == 0 || all[k] != all[k - 1] {
            all[unique] = all[k]
            unique += 1
        }
        all.removeSubrange(unique...)
        assert(isWellFormed(all, recordCount: table.count), "candidate pairs must be sorted, distinct, with i < j < record count")
        return CandidatePairs(packed: all, oversizedBlocks: oversized,
                              recordsInOversizedBlocks: oversizedRecords, pairsByRule: byRule)
    }
}

extension CandidatePairs {
    /// The invariant of ``packed`` (checked by debug builds): strictly ascending, so sorted and
    /// distinct, and each pair `i < j` with both records in the table.
    static func isWellFormed(_ packed: [UInt64], recordCount: Int) -> Bool {
        for k in packed.indices {
            if k > 0 && packed[k - 1] >= packed[k] { return false }
            let (i, j) = unpack(packed[k])
            if i >= j || j >= recordCount { return false }
        }
        return true
    }
}

/// The pairs one rule proposes, and the blocks it left unexpanded.
struct RuleBlocks {
    var pairs: [UInt64] = []
    var oversizedBlocks = 0
    var recordsInOversizedBlocks = 0
}

extension CandidatePairs {
    /// Blocks with one rule: sort (key, record) entries so that a block is a run of equal keys,
    /// then expand every block within the rule's size cap.
    static func blockRule(_ rule: BlockingRule, index ruleIndex: Int, keys: BlockingKeys, recordCount: Int) -> RuleBlocks {
        var result = RuleBlocks()
        var entries: [BlockEntry] = []
        entries.reserveCapacity(recordCount)
        for r in 0..<recordCount {
            keys.forEachKey(record: r, rule: rule, ruleIndex: ruleIndex) { entries.append(BlockEntry(key: $0, record: Int32(r))) }
        }
        // Entries were appended in record order, so a stable sort by key lists each block's
        // records in order.
        RadixSort.sortByKey(&entries)
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end].key == entries[start].key { end += 1 }
            let size = end - start
            if size > rule.maximumBlockSize {
                result.oversizedBlocks += 1
                result.recordsInOversizedBlocks += size
            } else if size > 1 {
                for x in start..<(end - 1) {
                    let i = UInt64(entries[x].record)
                    for y in (x + 1)..<end where entries[y].record != entries[x].record {
                        assert(entries[x].record < entries[y].record, "a block lists its records in order, so i < j")
                        result.pairs.append(i << 32 | UInt64(entries[y].record))
                    }
                }
            }
            start = end
        }
        return result
    }
}

/// One record under one blocking key; sorted by key, then record, so blocks list records in order.
struct BlockEntry: Comparable {
    var key: UInt64
    var record: Int32

    static func < (a: BlockEntry, b: BlockEntry) -> Bool {
        a.key != b.key ? a.key < b.key : a.record < b.record
    }
}
