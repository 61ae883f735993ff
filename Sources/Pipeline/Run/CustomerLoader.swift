import CRMModel
import Matching
import Store
import Parallelism

/// Reads every stored customer and takes out the fields the rules map, in parallel.
///
/// Only the mapped fields stay in memory (the raw JSON of a cluster's members is read again
/// when its merge is resolved), so a 1.65M-customer base fits comfortably.
struct CustomerLoader {
    let store: CustomerStore
    let mapping: FieldMapping
    let threads: Int

    struct Loaded {
        var fields: [CustomerFields]
        /// Records the store holds but that no longer parse (should not happen after import).
        var unreadable: [(id: String, reason: String)]
    }

    func load() throws -> Loaded {
        var fields: [CustomerFields] = []
        var unreadable: [(String, String)] = []
        var batchIDs: [String] = []
        var batchRaw: [[UInt8]] = []
        let batchSize = 32_768
        func flush() {
            let ids = batchIDs, raws = batchRaw, mapping = self.mapping
            let parts = ParallelChunks.map(count: raws.count, chunkSize: 2_048, threads: threads) { range in
                // One parser per chunk: it reuses its scratch memory from record to record.
                let parser = JSONParser()
                var out: [Result<CustomerFields, LoadFailure>] = []
                out.reserveCapacity(range.count)
                for k in range {
                    out.append(Self.parse(id: ids[k], raw: raws[k], mapping: mapping, parser: parser))
                }
                return out
            }
            for part in parts {
                for r in part {
                    switch r {
                    case .success(let f): fields.append(f)
                    case .failure(let e): unreadable.append((e.id, e.reason))
                    }
                }
            }
            batchIDs.removeAll(keepingCapacity: true)
            batchRaw.removeAll(keepingCapacity: true)
        }
        try store.forEachCustomerRaw { id, raw in
            batchIDs.append(id)
            batchRaw.append(Array(raw))
            if batchIDs.count == batchSize { flush() }
        }
        flush()
        return Loaded(fields: fields, unreadable: unreadable)
    }

    struct LoadFailure: Error {
        var id: String
        var reason: String
    }

    static func parse(id: String, raw: [UInt8], mapping: FieldMapping, parser: JSONParser) -> Result<CustomerFields, LoadFailure> {
        do {
            let value = try parser.parse(raw)
            let customer = try Customer(value: value)
            return .success(mapping.fields(of: customer))
        } catch {
            return .failure(LoadFailure(id: id, reason: "\(error)"))
        }
    }
}
