import Foundation

/// Appends bytes to a file through a 1 MiB buffer, so a 1.65M-record base costs a few hundred
/// write calls rather than millions.
struct ChunkedFileWriter {
    private let path: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private static let chunk = 1 << 20

    init(path: String) throws(GenerationFileError) {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path)
        else {
            throw GenerationFileError(path: path, message: "cannot create the file (check the folder exists and is writable)")
        }
        self.handle = handle
        buffer.reserveCapacity(Self.chunk + 4096)
    }

    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(GenerationFileError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunk { try flush() }
    }

    mutating func write(_ bytes: [UInt8]) throws(GenerationFileError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunk { try flush() }
    }

    mutating func write(_ byte: UInt8) throws(GenerationFileError) {
        buffer.append(byte)
    }

    mutating func flush() throws(GenerationFileError) {
        guard !buffer.isEmpty else { return }
        do {
            try buffer.withUnsafeBytes { try handle.write(contentsOf: $0) }
        } catch {
            throw GenerationFileError(path: path, message: "write failed: \(error)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func close() throws(GenerationFileError) {
        try flush()
        do {
            try handle.close()
        } catch {
            throw GenerationFileError(path: path, message: "close failed: \(error)")
        }
    }
}
