import Dispatch

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
    /// - Complexity: O(E + P) (radix sorts) for E key entries and P proposed pairs.
    public static func block(_ table: RecordTable, rules: [BlockingRule]) -> CandidatePairs {
        let keys = BlockingKeys(table: table)
        var all: [UInt64] = []
        var oversized = 0, oversizedRecords = 0
        var byRule: [(String, Int)] = []
        for (ruleIndex, rule) in rules.enumerated() {
            var entries: [BlockEntry] = []
            entries.reserveCapacity(table.count)
            for r in 0..<table.count {
                keys.forEachKey(record: r, rule: rule, ruleIndex: ruleIndex) { entries.append(BlockEntry(key: $0, record: Int32(r))) }
            }
            // Entries were appended in record order, so a stable sort by key lists each block's
            // records in order.
            RadixSort.sortByKey(&entries)
            let before = all.count
            var start = 0
            while start < entries.count {
                var end = start + 1
                while end < entries.count && entries[end].key == entries[start].key { end += 1 }
                let size = end - start
                if size > rule.maximumBlockSize {
                    oversized += 1
                    oversizedRecords += size
                } else if size > 1 {
                    for x in start..<(end - 1) {
                        let i = UInt64(entries[x].record)
                        for y in (x + 1)..<end where entries[y].record != entries[x].record {
                            all.append(i << 32 | UInt64(entries[y].record))
                        }
                    }
                }
                start = end
            }
            byRule.append((rule.name, all.count - before))
        }
        RadixSort.sort(&all)
        var unique = 0
        for k in 0..<all.count where k == 0 || all[k] != all[k - 1] {
            all[unique] = all[k]
            unique += 1
        }
        all.removeSubrange(unique...)
        return CandidatePairs(packed: all, oversizedBlocks: oversized,
                              recordsInOversizedBlocks: oversizedRecords, pairsByRule: byRule)
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
