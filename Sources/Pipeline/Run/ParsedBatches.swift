import CRMModel

/// What the loader's parse worker has produced so far, batch after batch in store order.
///
/// Written only by the jobs of one `SerialWorker` (one at a time) and read after its `finish`,
/// which orders the reads after the writes; hence the unchecked conformance.
final class ParsedBatches: @unchecked Sendable {
    private(set) var fields: [CustomerFields] = []
    private(set) var unreadable: [(id: String, reason: String)] = []
    /// Where the raw JSON of each record in ``fields`` sits in the run's scratch file.
    private(set) var spillStarts: [Int] = []
    private(set) var spillLengths: [Int32] = []
    /// A digest of each record's raw JSON (see ``RawDigest``), for incremental runs.
    private(set) var digests: [UInt64] = []

    func add(_ chunks: [[Result<CustomerFields, CustomerLoader.LoadFailure>]], of batch: RawBatch) {
        var k = 0
        for chunk in chunks {
            for result in chunk {
                switch result {
                case .success(let f):
                    fields.append(f)
                    spillStarts.append(batch.spillStarts[k])
                    spillLengths.append(Int32(batch.length(k)))
                    digests.append(batch.withRaw(k, RawDigest.of))
                case .failure(let e):
                    unreadable.append((e.id, e.reason))
                }
                k += 1
            }
        }
    }
}
