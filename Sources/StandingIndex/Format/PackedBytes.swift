/// Little-endian integers appended to a byte array: the blobs of the standing index.
struct PackedWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func append(_ value: UInt64) {
        var v = value
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: v))
            v >>= 8
        }
    }

    mutating func append(_ value: UInt32) {
        var v = value
        for _ in 0..<4 {
            bytes.append(UInt8(truncatingIfNeeded: v))
            v >>= 8
        }
    }

    mutating func append(_ value: Int32) { append(UInt32(bitPattern: value)) }

    mutating func append(bytes more: some Sequence<UInt8>) { bytes.append(contentsOf: more) }
}

/// Reads what ``PackedWriter`` wrote; every read checks the length, so a damaged blob is an
/// error, never a crash.
struct PackedReader {
    let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var remaining: Int { bytes.count - offset }

    mutating func uint64() throws(StandingIndexError) -> UInt64 {
        guard remaining >= 8 else { throw .damaged("a blob ends inside a number") }
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
        offset += 8
        return v
    }

    mutating func uint32() throws(StandingIndexError) -> UInt32 {
        guard remaining >= 4 else { throw .damaged("a blob ends inside a number") }
        var v: UInt32 = 0
        for k in 0..<4 { v |= UInt32(bytes[offset + k]) << (8 * UInt32(k)) }
        offset += 4
        return v
    }

    mutating func int32() throws(StandingIndexError) -> Int32 { Int32(bitPattern: try uint32()) }

    mutating func count(of size: Int) throws(StandingIndexError) -> Int {
        let n = Int(try uint64())
        guard n >= 0, n <= remaining / max(size, 1) else { throw .damaged("a blob's count exceeds its length") }
        return n
    }

    mutating func slice(_ n: Int) throws(StandingIndexError) -> ArraySlice<UInt8> {
        guard n >= 0, remaining >= n else { throw .damaged("a blob ends inside a string") }
        defer { offset += n }
        return bytes[offset..<(offset + n)]
    }
}
