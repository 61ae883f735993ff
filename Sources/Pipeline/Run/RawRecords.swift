import CRMModel
import Store

/// The raw JSON of every loaded customer, kept in a scratch file while the run lasts.
///
/// Resolution needs the whole record of each cluster member (every field it may carry over),
/// but holding 1.65 million records in memory would break the run's memory budget, and reading
/// the members back out of SQLite was a one-threaded scan of the whole table. The loader writes
/// each record once as it streams past; the bytes stay in the page cache, and resolution reads
/// the members it needs with `pread`, on every core.
struct RawRecords: Sendable {
    private let file: SpillFile
    /// Where record `r` (in loaded order) starts in the file, and its length.
    private let starts: [Int]
    private let lengths: [Int32]

    init(file: SpillFile, starts: [Int], lengths: [Int32]) {
        self.file = file
        self.starts = starts
        self.lengths = lengths
    }

    var count: Int { starts.count }

    /// Record `r`, parsed with `parser`; `scratch` is reused from call to call.
    func customer(_ r: Int, parser: JSONParser, scratch: inout [UInt8]) throws -> Customer {
        let length = Int(lengths[r])
        if scratch.count < length { scratch = [UInt8](repeating: 0, count: length) }
        try scratch.withUnsafeMutableBytes { buffer in
            try file.read(at: starts[r], into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<length]))
        }
        return try scratch.withUnsafeBytes { buffer in
            try Customer(value: try parser.parse(UnsafeRawBufferPointer(rebasing: buffer[0..<length])))
        }
    }
}
