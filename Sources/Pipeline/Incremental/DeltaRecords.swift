import CRMModel
import JSON
import Parallelism
import Normalization
import Store
import StoredRuns
import Support

/// The records an incremental run reads from the store, by node: a customer of the base run
/// that did not change is node `k` (its index there), a new or changed one node `base + j`
/// (its place in ``ChangeSet/new``). Each is read, parsed and normalized once, when first asked.
final class DeltaRecords {
    struct Record {
        var id: String
        var raw: String
        var fields: CustomerFields
        var normalized: NormalizedCustomer
    }

    let store: CustomerStore
    let state: StandingState
    let changes: ChangeSet
    let mapping: FieldMapping
    let normalizer: CustomerNormalizer
    let prepared: PreparedLearning
    private(set) var records: [Int: Record] = [:]
    /// Changed records that no longer parse: left out, as a full run leaves them out.
    private(set) var unreadable: [String] = []
    /// Time spent reading rows from the store, and parsing and normalizing them (the run's
    /// load and normalize stages, which happen here as the records are first needed).
    private(set) var readTime = StageTimer.Accumulator()
    private(set) var normalizeTime = StageTimer.Accumulator()

    init(store: CustomerStore, state: StandingState, changes: ChangeSet, mapping: FieldMapping, normalizer: CustomerNormalizer,
         learned: LearnedNormalization) {
        self.store = store
        self.state = state
        self.changes = changes
        self.mapping = mapping
        self.normalizer = normalizer
        self.prepared = normalizer.prepare(learned)
    }

    var baseCount: Int { state.count }

    func id(ofNode node: Int) -> String {
        node < state.count ? state.id(node) : changes.new[node - state.count].id
    }

    /// Reads the records of `nodes` not read yet (unchanged ones from the store, in id order,
    /// so that the lookups walk the table's pages in order), parsed on every core.
    func load(_ nodes: some Sequence<Int>) throws {
        var wanted: [Int] = []
        for node in nodes where records[node] == nil { wanted.append(node) }
        guard !wanted.isEmpty else { return }
        wanted.sort()
        let unchanged = wanted.filter { $0 < state.count }.map { state.id($0) }
        let raws = try readTime.measure { try store.customersRaw(ids: unchanged) }
        try normalizeTime.measure { try parseAndNormalize(wanted, raws: raws) }
    }

    private func parseAndNormalize(_ wanted: [Int], raws: [String: String]) throws {
        var rows: [(node: Int, id: String, raw: String)] = []
        rows.reserveCapacity(wanted.count)
        for node in wanted {
            let id = id(ofNode: node)
            guard let raw = node < state.count ? raws[id] : changes.new[node - state.count].raw else {
                throw PipelineError("customer \(id) was deleted while the incremental run read the store",
                                    hint: "run `tcdedupe run` again")
            }
            rows.append((node, id, raw))
        }
        let reader = FieldReader(mapping), all = rows
        let parsed = ParallelChunks.map(count: all.count, chunkSize: ParallelChunks.minimumChunk, threads: ProcessorCount.online) { range in
            let parser = JSONParser()
            return range.map { k -> CustomerFields? in
                var raw = all[k].raw
                let result = raw.withUTF8 { CustomerLoader.parse(id: all[k].id, raw: UnsafeRawBufferPointer($0), reader: reader, parser: parser) }
                if case .success(let fields) = result { return fields }
                return nil
            }
        }.flatMap { $0 }
        var inputs: [CustomerInput] = [], kept: [(row: Int, fields: CustomerFields)] = []
        for (k, fields) in parsed.enumerated() {
            guard let fields else {
                unreadable.append(all[k].id)
                continue
            }
            inputs.append(NormalizationSetup.input(fields))
            kept.append((k, fields))
        }
        for (p, normalized) in zip(kept, normalizer.normalize(inputs, prepared: prepared)) {
            let row = all[p.row]
            records[row.node] = Record(id: row.id, raw: row.raw, fields: p.fields, normalized: normalized)
        }
    }

    /// The base's own version of changed or gone customers, normalized (for their old keys).
    func oldVersions() -> [NormalizedCustomer?] {
        normalizeTime.measure { normalizeOldVersions() }
    }

    private func normalizeOldVersions() -> [NormalizedCustomer?] {
        let parser = JSONParser(), reader = FieldReader(mapping)
        var inputs: [CustomerInput] = [], at: [Int] = []
        for (k, old) in changes.old.enumerated() {
            var raw = old.raw
            let result = raw.withUTF8 { CustomerLoader.parse(id: state.id(old.index), raw: UnsafeRawBufferPointer($0), reader: reader, parser: parser) }
            if case .success(let fields) = result {
                inputs.append(NormalizationSetup.input(fields))
                at.append(k)
            }
        }
        var out = [NormalizedCustomer?](repeating: nil, count: changes.old.count)
        for (k, normalized) in zip(at, normalizer.normalize(inputs, prepared: prepared)) { out[k] = normalized }
        return out
    }
}

/// Customer ids compared as the store orders them (by their UTF-8 bytes).
func storeOrder(_ x: String, _ y: String) -> Bool {
    x.utf8.lexicographicallyPrecedes(y.utf8)
}
