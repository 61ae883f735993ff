#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An anonymous scratch file: appended to through a large buffer, then read back in any order.
///
/// The file is unlinked as soon as it is created, so it disappears with the process however
/// that ends; it lives in the database's folder (where the user chose to put the data), not
/// in `/tmp`, which may be small or held in memory. What it holds sits in the page cache, not in
/// the process's memory: an import spills its input here, a run the raw JSON of every customer.
///
/// Appends come from one thread at a time. After ``flushForReading()``, ``read(at:into:)`` may
/// be called from any number of threads at once (`pread` keeps no shared file position).
public final class SpillFile: @unchecked Sendable {
    private let fd: Int32
    private let displayPath: String
    /// What the file is for, in error messages ("import", "run").
    private let purpose: String
    /// Bytes not yet written, in a plain buffer: appends are a bounds check and a copy.
    private let pending: UnsafeMutableRawPointer
    private var pendingCount = 0
    private let bufferSize = 4 << 20
    /// Bytes appended so far (written or pending).
    public private(set) var size = 0

    /// Creates the file in the folder of `databasePath` (or the temporary folder for an
    /// in-memory database).
    public init(nearDatabase databasePath: String, purpose: String = "import") throws(StoreError) {
        self.purpose = purpose
        let folder: String
        if databasePath.isEmpty || databasePath == ":memory:" || databasePath.hasPrefix("file:") {
            folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        } else if let slash = databasePath.lastIndex(of: "/") {
            folder = slash == databasePath.startIndex ? "/" : String(databasePath[..<slash])
        } else {
            folder = "."
        }
        var opened: Int32 = -1
        var candidate = ""
        for attempt in 0..<100 where opened < 0 {
            candidate = "\(folder)/.tcdedupe-\(purpose)-\(getpid())-\(attempt).spill"
            opened = open(candidate, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if opened < 0 && errno != EEXIST { break }
        }
        guard opened >= 0 else {
            throw SpillFile.error("cannot create a scratch file in \(folder)", path: candidate, purpose: purpose)
        }
        unlink(candidate)
        fd = opened
        displayPath = candidate
        pending = .allocate(byteCount: bufferSize, alignment: 8)
    }

    deinit {
        pending.deallocate()
        close(fd)
    }

    /// Appends bytes (buffered).
    @inline(__always)
    public func append(_ bytes: UnsafeRawBufferPointer) throws(StoreError) {
        let n = bytes.count
        if pendingCount + n > bufferSize { try flush() }
        if n > bufferSize {
            try writeAll(bytes)
        } else if n > 0 {
            (pending + pendingCount).copyMemory(from: bytes.baseAddress!, byteCount: n)
            pendingCount += n
        }
        size += n
    }

    /// Appends a little-endian 32-bit integer.
    @inline(__always)
    func append(_ value: UInt32) throws(StoreError) {
        if pendingCount + 4 > bufferSize { try flush() }
        pending.storeBytes(of: value.littleEndian, toByteOffset: pendingCount, as: UInt32.self)
        pendingCount += 4
        size += 4
    }

    private func flush() throws(StoreError) {
        guard pendingCount > 0 else { return }
        try writeAll(UnsafeRawBufferPointer(start: pending, count: pendingCount))
        pendingCount = 0
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws(StoreError) {
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw SpillFile.error("cannot write the \(purpose)'s scratch file", path: displayPath, purpose: purpose)
            }
            done += n
        }
    }

    /// Writes what is still buffered, so that everything appended can be read back.
    public func flushForReading() throws(StoreError) {
        try flush()
    }

    /// Reads `buffer.count` bytes at `offset` (after ``flushForReading()``).
    public func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(StoreError) {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw SpillFile.error("cannot read the \(purpose)'s scratch file", path: displayPath, purpose: purpose) }
            done += n
        }
    }

    private static func error(_ what: String, path: String, purpose: String) -> StoreError {
        let code = errno
        let reason = String(cString: strerror(code))
        return StoreError(
            code: code == ENOSPC ? .diskFull : .fileIO, path: path, message: "\(what): \(reason)",
            hint: code == ENOSPC
                ? "The disk is full: the \(purpose) needs free space about the size of the customers' JSON; free some and try again."
                : "Check that the database's folder exists and that you may write to it.")
    }
}
