import CRMModel
import Foundation
import Matching
import Normalization
import StandingIndex
import Store
import Testing

/// The standing index reproduces the full run: its blocks give the run's candidate pairs, and
/// pairs scored through it weigh exactly what the run stored.
@Suite struct StandingIndexTests {
    /// Up to `n` of the run's stored pairs, spread over the list.
    private func samplePairs(_ store: CustomerStore, runID: Int64, n: Int) throws -> [PairRow] {
        let pairs = try store.pairs(runID: runID)
        #expect(pairs.count > 50, "the generated base has duplicates to find")
        let step = max(pairs.count / n, 1)
        return stride(from: 0, to: pairs.count, by: step).map { pairs[$0] }
    }

    private func normalized(_ ids: [String], _ index: StandingIndex, _ store: CustomerStore) throws -> [NormalizedCustomerRecord] {
        try ids.map { id in
            let row = try #require(try store.customer(id: id))
            let customer = try Customer(value: try JSONValue(parsing: row.raw))
            return NormalizedCustomerRecord(id: id, value: index.normalize([index.input(of: customer)])[0])
        }
    }

    @Test func pairsScoredThroughTheIndexWeighWhatTheRunStored() throws {
        let base = try IndexedBase.shared.get()
        let store = try CustomerStore(path: base.database, mode: .readOnly)
        let index = try StandingIndex.open(store: store)
        #expect(index.runID == base.runID)
        #expect(index.recordCount == (try store.customerCount()))
        let scorer = index.scorer
        var compared = 0
        for pair in try samplePairs(store, runID: base.runID, n: 300) {
            let records = try normalized([pair.a, pair.b], index, store)
            let table = scorer.table(for: records.map(\.value), newRecords: [false, false])
            let weight = table.runWeight(0, 1)
            #expect(abs(weight - pair.matchWeight) < 1e-4, "\(pair.a)–\(pair.b): run \(pair.matchWeight), index \(weight)")
            let explanation = table.explanation(0, 1, ids: [pair.a, pair.b])
            #expect(abs(explanation.matchWeight - pair.matchWeight) < 1e-4)
            compared += 1
        }
        #expect(compared > 50)
    }

    @Test func theIndexFindsEveryStoredPairAsACandidate() throws {
        let base = try IndexedBase.shared.get()
        let store = try CustomerStore(path: base.database, mode: .readOnly)
        let index = try StandingIndex.open(store: store, runID: base.runID)
        for pair in try samplePairs(store, runID: base.runID, n: 150) {
            let records = try normalized([pair.a, pair.b], index, store)
            let keys = index.scorer.table(for: records.map(\.value), newRecords: [false, false]).blockingKeys()
            var met = false
            for rule in index.blockingRules.indices where !met {
                for key in Set(keys[0][rule]).intersection(keys[1][rule]) {
                    let block = try index.block(rule: rule, key: key)
                    let ids = try index.customerIDs(of: block.records)
                    #expect(ids.contains(pair.a) && ids.contains(pair.b), "both records sit in the block of their shared key")
                    if block.wasExpanded { met = true }
                }
            }
            #expect(met, "\(pair.a)–\(pair.b) share a block within its rule's cap, as the run's blocking found them")
        }
    }

    @Test func blockSizesCountEntriesAndUnknownKeysGiveEmptyBlocks() throws {
        let base = try IndexedBase.shared.get()
        let store = try CustomerStore(path: base.database, mode: .readOnly)
        let index = try StandingIndex.open(store: store)
        let unknown = try index.block(rule: 0, key: 12_345)
        #expect(unknown.records.isEmpty && unknown.size == 0)
        // Every record of a block lists the block's key among its own keys.
        let pair = try #require(try samplePairs(store, runID: base.runID, n: 1).first)
        let records = try normalized([pair.a], index, store)
        let keys = index.scorer.table(for: records.map(\.value), newRecords: [false]).blockingKeys()[0]
        let rule = try #require(keys.indices.first { !keys[$0].isEmpty })
        let block = try index.block(rule: rule, key: keys[rule][0])
        #expect(block.size >= block.records.count && block.records.count >= 1)
        #expect(try index.blockSize(rule: rule, key: keys[rule][0]) == block.size)
        #expect(try index.blockSize(rule: 0, key: 12_345) == 0)
        let all = try index.allCustomerIDs()
        #expect(all.count == index.recordCount)
        #expect(try index.customerIDs(of: block.records) == block.records.map { all[Int($0)] })
        var entries = 0
        try index.forEachChunk(rule: rule) { keys, records in
            #expect(keys.count == records.count)
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 }, "entries are in key order")
            entries += keys.count
        }
        #expect(entries == index.ruleRows[rule].entries)
        #expect(try index.customerIDs(of: block.records).contains(pair.a))
    }

    @Test func aRunWithoutIndexIsNamedWithTheRemedy() throws {
        let base = try IndexedBase.shared.get()
        let store = try CustomerStore(path: base.database, mode: .readOnly)
        #expect(throws: StandingIndexError.unknownRun(base.runID + 100)) { try StandingIndex.open(store: store, runID: base.runID + 100) }
        #expect(StandingIndexError.noIndex(runID: 1, latestIndexed: 2).description.contains("--run 2"))
    }
}

/// A customer id with its record, normalized as the run normalized it.
struct NormalizedCustomerRecord {
    var id: String
    var value: NormalizedCustomer
}
