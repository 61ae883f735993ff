/// Raw JSON of a batch of stored customers, back to back in one buffer.
///
/// One buffer per batch instead of one array per record: the loader copies 1.65 million records
/// out of SQLite, and an allocation each was a visible part of the load.
struct RawBatch: Sendable {
    private(set) var ids: [String] = []
    /// Where each record was written in the run's scratch file (see ``RawRecords``).
    private(set) var spillStarts: [Int] = []
    private var bytes: [UInt8] = []
    /// `starts[k] ..< starts[k + 1]` are the bytes of record `k`.
    private var starts: [Int] = [0]

    var count: Int { ids.count }

    func length(_ k: Int) -> Int { starts[k + 1] - starts[k] }

    mutating func append(id: String, raw: UnsafeRawBufferPointer, spillStart: Int) {
        ids.append(id)
        spillStarts.append(spillStart)
        bytes.append(contentsOf: raw)
        starts.append(bytes.count)
    }

    /// Calls `body` with the bytes of record `k`.
    func withRaw<T>(_ k: Int, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        bytes.withUnsafeBytes { all in body(UnsafeRawBufferPointer(rebasing: all[starts[k]..<starts[k + 1]])) }
    }
}
