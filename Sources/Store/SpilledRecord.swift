/// One record of a ``CustomerBulkLoader``'s spill file, read in place from a buffer.
///
/// Layout: four little-endian `UInt32` lengths (id, franchise id, updated at, raw; `UInt32.max`
/// for a missing value), then the bytes of each present field in that order.
struct SpilledRecord {
    let idBytes: UnsafeRawBufferPointer
    let franchiseID: UnsafeRawBufferPointer?
    let updatedAt: UnsafeRawBufferPointer?
    let raw: UnsafeRawBufferPointer

    var id: UnsafeRawBufferPointer? { idBytes }

    /// Reads the record that fills `bytes`.
    init(_ bytes: UnsafeRawBufferPointer) {
        let base = bytes.baseAddress!
        func length(_ k: Int) -> UInt32 { UInt32(littleEndian: base.loadUnaligned(fromByteOffset: 4 * k, as: UInt32.self)) }
        var cursor = base + 16
        func take(_ n: UInt32) -> UnsafeRawBufferPointer? {
            guard n != UInt32.max else { return nil }
            let field = UnsafeRawBufferPointer(start: cursor, count: Int(n))
            cursor += Int(n)
            return field
        }
        idBytes = take(length(0))!
        franchiseID = take(length(1))
        updatedAt = take(length(2))
        raw = take(length(3))!
    }
}
