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

    /// Many integers at once: a copy of their memory on a little-endian machine (all this
    /// project builds for), one at a time elsewhere.
    mutating func append(contentsOf values: ArraySlice<UInt64>) {
        #if _endian(little)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        for v in values { append(v) }
        #endif
    }

    mutating func append(contentsOf values: ArraySlice<Int32>) {
        #if _endian(little)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        for v in values { append(v) }
        #endif
    }
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

    mutating func uint64s(_ n: Int) throws(StandingIndexError) -> [UInt64] {
        guard n >= 0, remaining >= n * 8 else { throw .damaged("a blob ends inside its keys") }
        #if _endian(little)
        let out = [UInt64](unsafeUninitializedCapacity: n) { buffer, count in
            bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + n * 8)]))
            }
            count = n
        }
        offset += n * 8
        return out
        #else
        var out: [UInt64] = []
        for _ in 0..<n { out.append(try uint64()) }
        return out
        #endif
    }

    mutating func int32s(_ n: Int) throws(StandingIndexError) -> [Int32] {
        guard n >= 0, remaining >= n * 4 else { throw .damaged("a blob ends inside its records") }
        #if _endian(little)
        let out = [Int32](unsafeUninitializedCapacity: n) { buffer, count in
            bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + n * 4)]))
            }
            count = n
        }
        offset += n * 4
        return out
        #else
        var out: [Int32] = []
        for _ in 0..<n { out.append(try int32()) }
        return out
        #endif
    }

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
