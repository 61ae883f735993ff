/// Plain values and arrays of them, back to back in a byte buffer: how a run's standing state
/// (ids, digests, candidate pairs, frozen frequencies) is kept as a few blobs in the store.
///
/// Native byte order and no schema: what it writes is read back by the same build on the same
/// machine (a database moved to a machine of the other byte order falls back to a full run,
/// since the header's marker does not read back).
public struct BinaryWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write<T: BitwiseCopyable>(_ value: T) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }

    /// The count, then the elements.
    public mutating func write<T: BitwiseCopyable>(_ values: [T]) {
        write(Int64(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ text: String) {
        write(Array(text.utf8))
    }
}

/// Reads what ``BinaryWriter`` wrote, in the same order; nil at any mismatch of length.
public struct BinaryReader {
    private let bytes: [UInt8]
    private var offset = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var isAtEnd: Bool { offset == bytes.count }

    public mutating func read<T: BitwiseCopyable>(_ type: T.Type) -> T? {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { return nil }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
        offset += size
        return value
    }

    public mutating func readArray<T: BitwiseCopyable>(of type: T.Type) -> [T]? {
        guard let count = read(Int64.self), count >= 0 else { return nil }
        let size = MemoryLayout<T>.stride * Int(count)
        guard offset + size <= bytes.count else { return nil }
        let values = [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            bytes.withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + size)]))
            }
            initialized = Int(count)
        }
        offset += size
        return values
    }

    public mutating func readString() -> String? {
        readArray(of: UInt8.self).map { String(decoding: $0, as: UTF8.self) }
    }
}
