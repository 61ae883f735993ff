import CRMModel
import Matching
import Store
import Parallelism

/// Reads every stored customer and takes out the fields the rules map, in parallel.
///
/// Only the mapped fields stay in memory; the raw JSON goes to a scratch file on the way past
/// (see ``RawRecords``), read again only for cluster members when their merge is resolved.
struct CustomerLoader {
    let store: CustomerStore
    let mapping: FieldMapping
    let threads: Int

    struct Loaded {
        var fields: [CustomerFields]
        /// The raw JSON of each record in `fields`, for resolution.
        var raw: RawRecords
        /// Records the store holds but that no longer parse (should not happen after import).
        var unreadable: [(id: String, reason: String)]
        /// A digest of each record's raw JSON, in the order of `fields`.
        var digests: [UInt64] = []
    }

    func load() throws -> Loaded {
        // SQLite hands out one row at a time on this thread while a worker parses the previous
        // batch on every core: reading and parsing overlap instead of taking turns.
        let parsed = ParsedBatches()
        let parser = SerialWorker(label: "tcdedupe.load.parse")
        defer { try? parser.finish() }
        let spill = try SpillFile(nearDatabase: store.path, purpose: "run")
        var batch = RawBatch()
        let batchSize = 32_768
        let reader = FieldReader(mapping), threads = self.threads
        try store.forEachCustomerRaw { id, raw in
            batch.append(id: id, raw: raw, spillStart: spill.size)
            try spill.append(raw)
            if batch.count == batchSize {
                let full = batch
                parser.submit { parsed.add(Self.parse(full, reader: reader, threads: threads), of: full) }
                batch = RawBatch()
            }
        }
        let last = batch
        parser.submit { parsed.add(Self.parse(last, reader: reader, threads: threads), of: last) }
        try parser.finish()
        try spill.flushForReading()
        return Loaded(fields: parsed.fields,
                      raw: RawRecords(file: spill, starts: parsed.spillStarts, lengths: parsed.spillLengths),
                      unreadable: parsed.unreadable, digests: parsed.digests)
    }

    /// Parses one batch in parallel, results in record order.
    private static func parse(_ batch: RawBatch, reader: FieldReader,
                              threads: Int) -> [[Result<CustomerFields, LoadFailure>]] {
        ParallelChunks.map(count: batch.count, chunkSize: 2_048, threads: threads) { range in
            // One parser per chunk: it reuses its scratch memory from record to record.
            let parser = JSONParser()
            var out: [Result<CustomerFields, LoadFailure>] = []
            out.reserveCapacity(range.count)
            for k in range {
                out.append(batch.withRaw(k) { Self.parse(id: batch.ids[k], raw: $0, reader: reader, parser: parser) })
            }
            return out
        }
    }

    struct LoadFailure: Error {
        var id: String
        var reason: String
    }

    static func parse(id: String, raw: UnsafeRawBufferPointer, reader: FieldReader, parser: JSONParser) -> Result<CustomerFields, LoadFailure> {
        do {
            let value = try parser.parse(raw)
            let customer = try Customer(value: value)
            return .success(reader.fields(of: customer))
        } catch {
            return .failure(LoadFailure(id: id, reason: "\(error)"))
        }
    }
}
