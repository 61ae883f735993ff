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
/// The index is a full run's; an incremental run built on it stores an overlay of what changed
/// since (``StandingOverlay``): blocks drop the customers changed or gone since and gain those
/// whose version now has the key, so customers created or edited since are found as they are
/// now. Changes made after the newest run are not searched; ``coverage()`` counts them.
///
/// Normalized candidates are cached across records of one finder, so a batch that meets the
/// same customers again reads them once.
public final class DuplicateFinder {
    public let index: StandingIndex
    private var candidateCache: [String: NormalizedCustomer?] = [:]
    /// The overlay of the newest incremental run on the index's run (opened on first use).
    private var overlay: StandingOverlay??
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
        let overlay = try openOverlay()
        var blocks: [(rule: Int, size: Int, ids: [String], entries: Int)] = []
        var oversized: [String] = []
        for (rule, ruleKeys) in keys.enumerated() {
            var seen: [UInt64] = []
            for key in ruleKeys where !seen.contains(key) {
                seen.append(key)
                // The block now: the index's, less the customers changed or gone since, plus
                // those whose version now has the key (the overlay).
                let changes = try overlay?.rows(rule: rule, key: key) ?? []
                let indexed = try index.blockSize(rule: rule, key: key)
                let size = indexed + changes.reduce(0) { $0 + $1.entries }
                // Over the cap even without this record: no pairs, and its records are not read
                // (the block of a common name in a large franchise holds thousands).
                if size > index.ruleRows[rule].maximumBlockSize {
                    oversized.append(index.ruleRows[rule].name)
                    continue
                }
                var ids: [String] = []
                if indexed > 0 {
                    for id in try index.customerIDs(of: try index.block(rule: rule, key: key).records) {
                        if try overlay?.isStale(id) != true { ids.append(id) }
                    }
                }
                for row in changes where row.entries > 0 && !ids.contains(row.customerID) { ids.append(row.customerID) }
                blocks.append((rule, size, ids, ruleKeys.lazy.filter { $0 == key }.count))
            }
        }
        // The record itself is a customer of the base now when its blocks hold its id.
        let inBase = ownID.map { id in blocks.contains { $0.ids.contains(id) } } ?? false

        var candidates: [String] = []
        var seenCandidates = Set<String>()
        for block in blocks {
            // A new record adds its own entries to the block, as a full run over base + record would.
            let size = block.size + (inBase ? 0 : block.entries)
            guard size <= index.ruleRows[block.rule].maximumBlockSize else {
                oversized.append(index.ruleRows[block.rule].name)
                continue
            }
            for id in block.ids where id != ownID && seenCandidates.insert(id).inserted { candidates.append(id) }
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

    private func openOverlay() throws(StandingIndexError) -> StandingOverlay? {
        if let overlay { return overlay }
        let opened = try StandingOverlay.open(on: index)
        overlay = .some(opened)
        return opened
    }

    /// What this finder searches: the index, its overlay, and how many customers changed after
    /// both (the change log since the overlay's position, or the index run's when it has none).
    public func coverage() throws(StandingIndexError) -> IndexCoverage {
        let overlay = try openOverlay()
        do {
            // A store of an older schema keeps no standing state: it cannot tell.
            let position = overlay.map(\.header.changePosition)
                ?? (try? index.store.standingPart(runID: index.runID, name: "change_position", as: Int64.self))?.first
            return IndexCoverage(indexRunID: index.runID, overlayRunID: overlay?.header.runID,
                                 unsearchedChanges: try position.map { p throws(StoreError) in try index.store.changedCustomerCount(after: p) })
        } catch {
            throw .store("\(error)")
        }
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
