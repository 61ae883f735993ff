import CRMModel
import Matching
import Normalization
import Rules
import Store
import StoredRuns

/// A finished run's standing index, read back: a record's candidates and what scoring them
/// needs, without loading the base.
///
/// ```swift
/// let index = try StandingIndex.open(store: store)                  // the latest indexed run
/// let queries = index.normalize([CustomerInput(...)])                 // the run's normalization
/// let keys = index.scorer.table(for: queries, newRecords: [true]).blockingKeys()   // [record][rule]
/// for (rule, ruleKeys) in keys[0].enumerated() {
///     for key in ruleKeys {
///         let block = try index.block(rule: rule, key: key)       // records + size vs cap
///         ...
///     }
/// }
/// let ids = try index.customerIDs(of: block.records)
/// ```
///
/// Candidates are found as the run's blocking found them: the same rules (from the run's own
/// rules text), the same keys (stable hashes, see `RecordTable.standingEntries`), the block
/// sizes the run compared with each rule's cap. Scoring uses the run's model and its base's
/// value statistics (``scorer``). The index reads the store on demand: one connection, one
/// thread at a time, like ``CustomerStore``.
public final class StandingIndex {
    public let store: CustomerStore
    public let runID: Int64
    /// The rules the run used (parsed from the text stored with it).
    public let rules: RuleSet
    /// The model the run scored with.
    public let model: ScoringModel
    /// Value frequencies, household values and record count of the run's base.
    public let statistics: ValueStatistics
    /// What normalization learned from the run's base.
    public let learned: LearnedNormalization
    /// Records of the run's table (its customers).
    public let recordCount: Int
    /// Per rule (by index): name, cap, entry count, and the first key of each chunk.
    public let ruleRows: [StandingIndexRuleRow]
    private let directories: [[UInt64]]
    private let normalizer: CustomerNormalizer
    private let preparedLearning: PreparedLearning
    private var chunkCache: [Int: (keys: [UInt64], records: [Int32])] = [:]
    private var customerCache: [Int: [String]] = [:]
    private static let cacheLimit = 4_096

    /// Opens the index of run `runID`, or of the latest finished run when nil.
    public static func open(store: CustomerStore, runID: Int64? = nil) throws(StandingIndexError) -> StandingIndex {
        do {
            let id: Int64
            if let runID {
                id = runID
            } else {
                guard let latest = try store.latestRunID(finishedOnly: true) else { throw StandingIndexError.noRun(database: store.path) }
                // Incremental runs keep their full run's index (they write none of their own), so
                // the default is the newest run that has one; a dry run never writes one.
                id = try store.standingIndexRunIDs().first ?? latest
            }
            guard let run = try store.run(id: id), run.finishedAt != nil else { throw StandingIndexError.unknownRun(id) }
            guard let header = try store.standingIndexHeader(runID: id) else {
                throw StandingIndexError.noIndex(runID: id, latestIndexed: try store.standingIndexRunIDs().first)
            }
            guard header.format == StandingIndexFormat.version else { throw StandingIndexError.unsupportedFormat(header.format) }
            guard let text = run.rulesText else { throw StandingIndexError.damaged("run \(id) stored no rules text") }
            let rules = try RulesParser.parse(text, source: "the rules of run \(id)")
            guard let modelText = run.scoringModel, let model = ModelJSON.decode(modelText) else {
                throw StandingIndexError.damaged("run \(id) stored no scoring model")
            }
            let rows = try store.standingIndexRules(runID: id)
            guard rows.count == rules.matching.blockingRules.count,
                  zip(rows, rules.matching.blockingRules).allSatisfy({ $0.name == $1.name && $0.maximumBlockSize == $1.maximumBlockSize }) else {
                throw StandingIndexError.damaged("its blocking rules differ from the rules of run \(id)")
            }
            return StandingIndex(store: store, runID: id, rules: rules, model: model,
                                 statistics: try StandingIndexFormat.readStatistics(header.statistics),
                                 learned: try LearnedNormalizationJSON.decode(header.learned), recordCount: header.records,
                                 ruleRows: rows, directories: try rows.map { row throws(StandingIndexError) in
                                     try StandingIndexFormat.readDirectory(row.directory)
                                 })
        } catch let error as StandingIndexError {
            throw error
        } catch {
            throw StandingIndexError.store("\(error)")
        }
    }

    private init(store: CustomerStore, runID: Int64, rules: RuleSet, model: ScoringModel, statistics: ValueStatistics,
                 learned: LearnedNormalization, recordCount: Int, ruleRows: [StandingIndexRuleRow], directories: [[UInt64]]) {
        self.store = store
        self.runID = runID
        self.rules = rules
        self.model = model
        self.statistics = statistics
        self.learned = learned
        self.recordCount = recordCount
        self.ruleRows = ruleRows
        self.directories = directories
        self.normalizer = CustomerNormalizer(options: NormalizationSetup(rules.normalization).options)
        self.preparedLearning = normalizer.prepare(learned)
    }

    /// The run's blocking rules, in the order the index numbers them.
    public var blockingRules: [BlockingRule] { rules.matching.blockingRules }

    /// Scores records with the run's model as the full run did (see ``StandingScorer``).
    public var scorer: StandingScorer { StandingScorer(settings: rules.matching, model: model, statistics: statistics) }

    /// Normalizes records as the run normalized its base (with what it learned from it).
    public func normalize(_ inputs: [CustomerInput]) -> [NormalizedCustomer] {
        normalizer.normalize(inputs, prepared: preparedLearning)
    }

    /// The normalizer input of a customer under the run's field mapping.
    public func input(of customer: Customer) -> CustomerInput {
        NormalizationSetup.input(rules.fields.fields(of: customer))
    }

    /// The block of `key` under rule `rule`: its records and its size as the run counted it
    /// (an unknown key gives an empty block).
    public func block(rule: Int, key: UInt64) throws(StandingIndexError) -> StandingBlock {
        let directory = directories[rule]
        // Entries of `key` start in the last chunk whose first key is below it (or in chunk 0)
        // and end in the last chunk whose first key is at most it.
        let first = max(ValueStatistics.lowerBound(directory, key) - 1, 0)
        let afterLast = Self.upperBound(directory, key)
        var records: [Int32] = []
        var size = 0
        if afterLast > 0 {
            for chunk in first..<afterLast {
                let entries = try entriesChunk(rule: rule, chunk: chunk)
                var k = ValueStatistics.lowerBound(entries.keys, key)
                while k < entries.keys.count && entries.keys[k] == key {
                    size += 1
                    records.append(entries.records[k])
                    k += 1
                }
            }
        }
        records.sort()
        var distinct: [Int32] = []
        for r in records where distinct.last != r { distinct.append(r) }
        return StandingBlock(rule: rule, key: key, records: distinct, size: size, maximumBlockSize: ruleRows[rule].maximumBlockSize)
    }

    /// The size of the block of `key` under rule `rule` as the run counted it, without reading
    /// its records: a block spanning many chunks is counted from its first and last chunk (the
    /// chunks between hold nothing else). Cheap for the huge blocks of common values.
    public func blockSize(rule: Int, key: UInt64) throws(StandingIndexError) -> Int {
        let directory = directories[rule]
        let first = max(ValueStatistics.lowerBound(directory, key) - 1, 0)
        let afterLast = Self.upperBound(directory, key)
        guard afterLast > 0 else { return 0 }
        var size = 0
        for chunk in first..<afterLast {
            // A chunk that starts with the key and whose next chunk does too holds only the key.
            if chunk > first && chunk + 1 < afterLast && directory[chunk] == key {
                size += StandingIndexFormat.entriesPerChunk
                continue
            }
            let entries = try entriesChunk(rule: rule, chunk: chunk)
            var k = ValueStatistics.lowerBound(entries.keys, key)
            while k < entries.keys.count && entries.keys[k] == key {
                size += 1
                k += 1
            }
        }
        return size
    }

    /// Every entry of rule `rule`, in key order (for a process that rebuilds or updates the
    /// index: an incremental run). Calls `body` with each chunk's keys and records.
    public func forEachChunk(rule: Int, _ body: (_ keys: [UInt64], _ records: [Int32]) throws -> Void) throws {
        for chunk in directories[rule].indices {
            let bytes: [UInt8]?
            do { bytes = try store.standingIndexChunk(runID: runID, rule: rule, chunk: chunk) } catch { throw StandingIndexError.store("\(error)") }
            guard let bytes else { throw StandingIndexError.damaged("chunk \(chunk) of rule \(ruleRows[rule].name) is missing") }
            let entries = try StandingIndexFormat.readEntriesChunk(bytes)
            try body(entries.keys, entries.records)
        }
    }

    /// The customer id of every record of the run's table, by record index.
    public func allCustomerIDs() throws(StandingIndexError) -> [String] {
        var out: [String] = []
        out.reserveCapacity(recordCount)
        var chunk = 0
        while out.count < recordCount {
            let bytes: [UInt8]?
            do { bytes = try store.standingIndexCustomerChunk(runID: runID, chunk: chunk) } catch { throw .store("\(error)") }
            guard let bytes else { throw .damaged("customer chunk \(chunk) is missing") }
            out += try StandingIndexFormat.readCustomersChunk(bytes)
            chunk += 1
        }
        return out
    }

    /// The customer id of each record (indexes into the run's table).
    public func customerIDs(of records: [Int32]) throws(StandingIndexError) -> [String] {
        var out: [String] = []
        out.reserveCapacity(records.count)
        for record in records {
            guard record >= 0, Int(record) < recordCount else { throw .damaged("record \(record) is outside the run's \(recordCount)") }
            let chunk = Int(record) / StandingIndexFormat.customersPerChunk
            let ids = try customerChunk(chunk)
            let at = Int(record) % StandingIndexFormat.customersPerChunk
            guard at < ids.count else { throw .damaged("customer chunk \(chunk) is short") }
            out.append(ids[at])
        }
        return out
    }

    private func entriesChunk(rule: Int, chunk: Int) throws(StandingIndexError) -> (keys: [UInt64], records: [Int32]) {
        let cacheKey = chunk &* 64 &+ rule
        if let cached = chunkCache[cacheKey] { return cached }
        let bytes: [UInt8]?
        do { bytes = try store.standingIndexChunk(runID: runID, rule: rule, chunk: chunk) } catch { throw .store("\(error)") }
        guard let bytes else { throw .damaged("chunk \(chunk) of rule \(ruleRows[rule].name) is missing") }
        let entries = try StandingIndexFormat.readEntriesChunk(bytes)
        if chunkCache.count >= Self.cacheLimit { chunkCache.removeAll(keepingCapacity: true) }
        chunkCache[cacheKey] = entries
        return entries
    }

    private func customerChunk(_ chunk: Int) throws(StandingIndexError) -> [String] {
        if let cached = customerCache[chunk] { return cached }
        let bytes: [UInt8]?
        do { bytes = try store.standingIndexCustomerChunk(runID: runID, chunk: chunk) } catch { throw .store("\(error)") }
        guard let bytes else { throw .damaged("customer chunk \(chunk) is missing") }
        let ids = try StandingIndexFormat.readCustomersChunk(bytes)
        if customerCache.count >= Self.cacheLimit { customerCache.removeAll(keepingCapacity: true) }
        customerCache[chunk] = ids
        return ids
    }

    private static func upperBound(_ sorted: [UInt64], _ key: UInt64) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] <= key { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
