/// A 64-bit digest of a record's raw JSON: how an incremental run tells a changed record from
/// an unchanged one, whatever wrote it (an import, an export, a sync, an edit by hand).
///
/// Any byte that differs is a change, even one the rules do not read: a carried-over cluster's
/// merge body is made from the whole record. Not a cryptographic hash; the store is ours.
enum RawDigest {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var k = 0
        let n = bytes.count
        while k + 8 <= n {
            h = (h ^ bytes.loadUnaligned(fromByteOffset: k, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            k += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while k < n {
            tail |= UInt64(bytes[k]) << shift
            shift += 8
            k += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 29
        h = h &* 0xFF51_AFD7_ED55_8CCD
        return h ^ (h >> 32)
    }
}
