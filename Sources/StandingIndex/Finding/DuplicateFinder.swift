import CRMModel
import Matching
import MatchEvidence
import Normalization
import Store

/// Finds the likely duplicates of new records among a finished run's customers, through its
/// standing index: the building block of a duplicate check at booking time.
///
/// For each record: normalize it as the run normalized its base; look its blocking keys up in
/// the index; keep the blocks a full run with the record added would have expanded (size plus
/// the record's own entries within the rule's cap); read those customers from the store and
/// normalize them alike (a customer deleted since the run is skipped); score each pair with the
/// run's model and base statistics; keep those at or above `minimumProbability`.
///
/// Normalized candidates are cached across records of one finder, so a batch that meets the
/// same customers again reads them once.
public final class DuplicateFinder {
    public let index: StandingIndex
    private var candidateCache: [String: NormalizedCustomer?] = [:]
    private static let cacheLimit = 100_000

    public init(index: StandingIndex) {
        self.index = index
    }

    /// Checks `records` (customer JSON objects, in input order) against the index. A record
    /// need not have an `id` (a booking not yet stored); one that has it and is a customer of
    /// the base is not its own duplicate.
    /// - Parameters:
    ///   - minimumProbability: duplicates below this are left out.
    ///   - limit: at most this many duplicates per record (nil: all).
    public func check(_ records: [JSONObject], minimumProbability: Double, limit: Int? = nil) throws(StandingIndexError) -> [CheckedRecord] {
        let customers = records.enumerated().map { k, json in Self.customer(json, input: k) }
        let queries = index.normalize(customers.map { index.input(of: $0.customer) })
        let keys = index.scorer.table(for: queries, newRecords: queries.map { _ in true }).blockingKeys()
        var out: [CheckedRecord] = []
        out.reserveCapacity(records.count)
        for (k, customer) in customers.enumerated() {
            out.append(try check(ownID: customer.id, input: k, normalized: queries[k], keys: keys[k],
                                 minimumProbability: minimumProbability, limit: limit))
        }
        return out
    }

    /// The record as a customer; one without a usable id gets a stand-in (it names no customer).
    private static func customer(_ json: JSONObject, input: Int) -> (customer: Customer, id: String?) {
        if let customer = try? Customer(json: json) { return (customer, customer.id) }
        var members = json.members.filter { $0.key != "id" }
        members.append(JSONMember(key: "id", value: .string("input-\(input + 1)")))
        // An object with a stand-in id always parses.
        return ((try? Customer(json: JSONObject(members)))!, nil)
    }

    private func check(ownID: String?, input: Int, normalized: NormalizedCustomer, keys: [[UInt64]],
                       minimumProbability: Double, limit: Int?) throws(StandingIndexError) -> CheckedRecord {
        var blocks: [(block: StandingBlock, entries: Int)] = []
        var oversized: [String] = []
        for (rule, ruleKeys) in keys.enumerated() {
            var seen: [UInt64] = []
            for key in ruleKeys where !seen.contains(key) {
                seen.append(key)
                // Over the cap even without this record: no pairs, and its records are not read
                // (the block of a common name in a large franchise holds thousands).
                if try index.blockSize(rule: rule, key: key) > index.ruleRows[rule].maximumBlockSize {
                    oversized.append(index.ruleRows[rule].name)
                    continue
                }
                blocks.append((try index.block(rule: rule, key: key), ruleKeys.lazy.filter { $0 == key }.count))
            }
        }
        // Ids of every record the blocks hold, to find the record itself among them.
        var idOf: [Int32: String] = [:]
        let records = Array(Set(blocks.flatMap { $0.block.records }))
        for (record, id) in zip(records, try index.customerIDs(of: records)) { idOf[record] = id }
        let inBase = ownID.map { id in idOf.values.contains(id) } ?? false

        var candidates: [String] = []
        var seenCandidates = Set<String>()
        for (block, entries) in blocks {
            // A new record adds its own entries to the block, as a full run over base + record would.
            let size = block.size + (inBase ? 0 : entries)
            guard size <= block.maximumBlockSize else {
                oversized.append(index.ruleRows[block.rule].name)
                continue
            }
            for record in block.records {
                let id = idOf[record] ?? ""
                if id != ownID && seenCandidates.insert(id).inserted { candidates.append(id) }
            }
        }
        let loaded = try normalizedCandidates(candidates)
        let present = loaded.filter { $0.value != nil }
        let table = index.scorer.table(for: [normalized] + present.map { $0.value! }, newRecords: [!inBase] + present.map { _ in false })
        let ids = [ownID ?? "input-\(input + 1)"] + present.map(\.id)
        let review = index.rules.matching.reviewThreshold, autoMerge = index.rules.matching.autoMergeThreshold
        var found: [FoundDuplicate] = []
        for c in present.indices {
            let weight = table.weight(0, c + 1)
            let probability = ScoringModel.probability(weight: weight)
            guard probability >= minimumProbability else { continue }
            found.append(FoundDuplicate(customerID: present[c].id, matchWeight: weight, probability: probability,
                                        overReviewThreshold: probability >= review, overAutoMergeThreshold: probability >= autoMerge,
                                        explanation: table.explanation(0, c + 1, ids: ids)))
        }
        found.sort { $0.matchWeight != $1.matchWeight ? $0.matchWeight > $1.matchWeight : $0.customerID < $1.customerID }
        if let limit, found.count > limit { found.removeSubrange(limit...) }
        return CheckedRecord(input: input, customerID: ownID, inBase: inBase, candidates: present.count,
                             oversizedBlocks: Array(Set(oversized)).sorted(), duplicates: found)
    }

    /// The candidates normalized as the run normalized them; nil for a customer no longer stored.
    private func normalizedCandidates(_ ids: [String]) throws(StandingIndexError) -> [(id: String, value: NormalizedCustomer?)] {
        let missing = ids.filter { candidateCache[$0] == nil }
        if !missing.isEmpty {
            var inputs: [CustomerInput] = [], inputIDs: [String] = []
            let parser = JSONParser()
            for id in missing {
                let row: CustomerRow?
                do { row = try index.store.customer(id: id) } catch { throw .store("\(error)") }
                guard let row, let value = try? parser.parse(Array(row.raw.utf8)), let customer = try? Customer(value: value) else {
                    candidateCache[id] = .some(nil)
                    continue
                }
                inputs.append(index.input(of: customer))
                inputIDs.append(id)
            }
            if candidateCache.count + inputs.count > Self.cacheLimit { candidateCache.removeAll(keepingCapacity: true) }
            for (id, value) in zip(inputIDs, index.normalize(inputs)) { candidateCache[id] = .some(value) }
        }
        return ids.map { ($0, candidateCache[$0] ?? nil) }
    }
}
