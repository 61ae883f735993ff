import Parallelism

/// One blocking rule's (key, record) entries over a whole base, sorted by key (then record):
/// a block is a run of equal keys, and its length is the block's size as the run counted it
/// (a record entered twice under one key, by its swapped names, counts twice, as in the run).
public struct RuleEntries: Sendable {
    public let rule: BlockingRule
    /// Stable keys (the same in every process), ascending.
    public let keys: [UInt64]
    /// The record (index into the run's table) of each entry, ascending within a key.
    public let records: [Int32]

    public init(rule: BlockingRule, keys: [UInt64], records: [Int32]) {
        precondition(keys.count == records.count, "one record per key")
        self.rule = rule
        self.keys = keys
        self.records = records
    }

    public var count: Int { keys.count }
}

/// Makes a table's ``RuleEntries`` a few rules at a time, so that a writer can store each rule
/// and let it go before the next is made (all rules at once would hold about 12 bytes per
/// key of every record: 300 MB at 1.65M customers, on top of the run's peak).
public struct StandingEntriesBuilder: Sendable {
    let table: RecordTable
    public let rules: [BlockingRule]
    let keys: BlockingKeys

    /// Hashes the table's values once (on up to `threads` threads).
    public init(table: RecordTable, rules: [BlockingRule], threads: Int) {
        self.table = table
        self.rules = rules
        self.keys = BlockingKeys(table: table, rules: rules, stable: StableValueIDs(table, threads: threads))
    }

    /// The entries of the rules at `indexes` (side by side on up to `threads` threads), in that order.
    public func entries(_ indexes: [Int], threads: Int) -> [RuleEntries] {
        let count = table.count
        return ParallelChunks.map(count: indexes.count, chunkSize: 1, threads: threads) { range in
            let index = indexes[range.lowerBound]
            var entries: [BlockEntry] = []
            entries.reserveCapacity(count)
            for r in 0..<count {
                keys.forEachKey(record: r, rule: rules[index], ruleIndex: index) { entries.append(BlockEntry(key: $0, record: Int32(r))) }
            }
            RadixSort.sortByKey(&entries)
            return RuleEntries(rule: rules[index], keys: entries.map(\.key), records: entries.map(\.record))
        }
    }
}

extension RecordTable {
    /// Every rule's stable-keyed entries (see ``RuleEntries``): what the standing index stores
    /// so that a later process finds a record's candidates as this table's blocking would.
    /// Rules are done side by side on up to `threads` threads.
    public func standingEntries(rules: [BlockingRule], threads: Int) -> [RuleEntries] {
        StandingEntriesBuilder(table: self, rules: rules, threads: threads).entries(Array(rules.indices), threads: threads)
    }

    /// The stable blocking keys of every record under each of `rules`: `keys[r][rule]`, as
    /// ``standingEntries(rules:threads:)`` stores them (the keys to look up in a standing index).
    /// A key a record enters twice (its swapped names key alike) is listed twice, as the run's
    /// blocking counts it twice in the block's size.
    public func standingKeys(rules: [BlockingRule]) -> [[[UInt64]]] {
        let keys = BlockingKeys(table: self, rules: rules, stable: StableValueIDs(self, threads: 1))
        return (0..<count).map { r in
            rules.indices.map { index in
                var out: [UInt64] = []
                keys.forEachKey(record: r, rule: rules[index], ruleIndex: index) { out.append($0) }
                return out
            }
        }
    }
}
