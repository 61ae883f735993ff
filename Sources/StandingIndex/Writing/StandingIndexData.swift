import Matching
import Normalization
import Store

/// A finished run's standing index, ready to store: what a later process needs to find a
/// record's candidates and score them as the run would, without the whole base.
///
/// Made on the run's threads from its ``MatchResult`` (the CPU part: keys, sorts, statistics),
/// then stored by ``write(to:)`` on the store's connection, rule by rule, packing each rule's
/// chunks just before it is stored (the packed copy of every rule at once would double the
/// index's memory). See `StoreSchema+StandingIndex.swift` for the tables and
/// ``StandingIndexFormat`` for the blobs.
public struct StandingIndexData: Sendable {
    public let runID: Int64
    let header: StandingIndexHeaderRow
    let entries: StandingEntriesBuilder
    let customerIDs: [String]
    let threads: Int

    /// Prepares the index of run `runID`: hashes the table's values and counts its statistics;
    /// the rules' entries are made in ``write(to:)``, each just before it is stored.
    /// - Parameters:
    ///   - result: the run's matching result (its table gives the keys and the statistics).
    ///   - rules: the blocking rules the run used, in the rules file's order.
    ///   - customerIDs: the customer id of each record of the run's table.
    ///   - learned: what normalization learned from the base (``CustomerNormalizer/normalizeLearning(_:)``).
    public init(runID: Int64, result: MatchResult, rules: [BlockingRule], customerIDs: [String], learned: LearnedNormalization,
                threads: Int) {
        precondition(customerIDs.count == result.table.count, "one customer id per record")
        self.runID = runID
        let table = result.table
        entries = StandingEntriesBuilder(table: table, rules: rules, threads: threads)
        header = StandingIndexHeaderRow(runID: runID, format: StandingIndexFormat.version, records: table.count,
                                        learned: LearnedNormalizationJSON.encode(learned),
                                        statistics: StandingIndexFormat.statistics(table.valueStatistics()))
        self.customerIDs = customerIDs
        self.threads = max(1, threads)
    }

    /// Stores the index, replacing any other run's (only the latest run keeps one). Rules are
    /// made `threads` at a time, packed and stored, then let go; the header goes last, so a
    /// reader never sees an index cut short.
    public func write(to store: CustomerStore) throws {
        try store.beginStandingIndex()
        let perChunk = StandingIndexFormat.entriesPerChunk
        for start in stride(from: 0, to: entries.rules.count, by: threads) {
            let indexes = Array(start..<min(start + threads, entries.rules.count))
            for (index, rule) in zip(indexes, entries.entries(indexes, threads: threads)) {
                var chunks: [[UInt8]] = [], firstKeys: [UInt64] = []
                chunks.reserveCapacity(rule.count / perChunk + 1)
                for chunkStart in stride(from: 0, to: rule.count, by: perChunk) {
                    let end = min(chunkStart + perChunk, rule.count)
                    chunks.append(StandingIndexFormat.entriesChunk(keys: rule.keys[chunkStart..<end], records: rule.records[chunkStart..<end]))
                    firstKeys.append(rule.keys[chunkStart])
                }
                let row = StandingIndexRuleRow(rule: index, name: rule.rule.name, maximumBlockSize: rule.rule.maximumBlockSize,
                                               entries: rule.count, directory: StandingIndexFormat.directory(firstKeys))
                try store.insertStandingIndexRule(runID: runID, row, chunks: chunks)
            }
        }
        let perCustomerChunk = StandingIndexFormat.customersPerChunk
        let customers = stride(from: 0, to: customerIDs.count, by: perCustomerChunk).map { start in
            StandingIndexFormat.customersChunk(customerIDs[start..<min(start + perCustomerChunk, customerIDs.count)])
        }
        try store.insertStandingIndexCustomers(runID: runID, chunks: customers)
        try store.finishStandingIndex(header)
    }
}
