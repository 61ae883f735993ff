import CRMModel
import Store

/// The raw JSON of the customers that are members of some cluster, read in one pass over the
/// store and kept back to back in one buffer.
///
/// One sequential scan beats a query per member (900,000 of them on a 1.65M base), and only the
/// members are kept, not the whole base.
struct MemberRecords: Sendable {
    private var bytes: [UInt8] = []
    /// `starts[slot] ..< starts[slot + 1]` are the bytes of slot `slot`.
    private var starts: [Int] = [0]
    /// Slot of each record index, or -1 when the record is in no cluster.
    private var slotOfRecord: [Int32]

    /// Reads the raw JSON of `records` (indexes into `ids`, which is in store order).
    init(store: CustomerStore, ids: [String], records: Set<Int>) throws {
        slotOfRecord = [Int32](repeating: -1, count: ids.count)
        var wanted: [String: Int] = [:]
        wanted.reserveCapacity(records.count)
        for r in records { wanted[ids[r]] = r }
        var slot: Int32 = 0
        var buffer: [UInt8] = []
        var starts: [Int] = [0]
        var slots = slotOfRecord
        try store.forEachCustomerRaw { id, raw in
            guard let r = wanted[id] else { return }
            buffer.append(contentsOf: raw)
            starts.append(buffer.count)
            slots[r] = slot
            slot += 1
        }
        bytes = buffer
        self.starts = starts
        slotOfRecord = slots
    }

    /// The stored customer of record `r`, parsed with `parser`.
    func customer(_ r: Int, id: String, parser: JSONParser) throws -> Customer {
        let slot = Int(slotOfRecord[r])
        guard slot >= 0 else {
            throw PipelineError("customer \(id) is no longer in the store", hint: "re-run `tcdedupe run` after importing")
        }
        return try bytes.withUnsafeBytes { all in
            try Customer(value: try parser.parse(UnsafeRawBufferPointer(rebasing: all[starts[slot]..<starts[slot + 1]])))
        }
    }
}
