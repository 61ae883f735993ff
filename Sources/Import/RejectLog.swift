#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CRMModel

/// Counts rejects, keeps the first ones for the summary, and writes every one to the rejects
/// file when there is one (JSON Lines: `{"line":…,"reason":…,"raw":"…"}`, plus
/// `"truncated":true` when only the record's first bytes were kept).
final class RejectLog {
    private(set) var count = 0
    private(set) var kept: [ImportReject] = []
    private let keepLimit: Int
    private let path: String?
    private var fd: Int32 = -1
    private var pending: [UInt8] = []

    init(path: String?, keep: Int) throws(ImportError) {
        self.path = path
        keepLimit = keep
        guard let path else { return }
        // 0600, as every output of tcdedupe: the rejected records are customers' data too.
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure("cannot create the rejects file") }
    }

    deinit {
        if fd >= 0 { closeDescriptor(fd) }
    }

    /// Records one reject whose text is `raw`.
    func add(_ reject: RejectedRecord, raw: UnsafeRawBufferPointer) throws(ImportError) {
        count += 1
        if kept.count < keepLimit {
            kept.append(ImportReject(line: reject.line, reason: reject.reason, snippet: Self.snippet(raw)))
        }
        guard fd >= 0 else { return }
        pending.append(contentsOf: #"{"line":"#.utf8)
        pending.append(contentsOf: String(reject.line).utf8)
        pending.append(contentsOf: #","reason":"#.utf8)
        JSONValue.writeString(reject.reason, into: &pending)
        pending.append(contentsOf: #","raw":"#.utf8)
        JSONValue.writeString(String(decoding: raw, as: UTF8.self), into: &pending)
        if reject.truncated { pending.append(contentsOf: #","truncated":true"#.utf8) }
        pending.append(contentsOf: "}\n".utf8)
        if pending.count >= 1 << 20 { try flush() }
    }

    /// Writes what is buffered and closes the file.
    func close() throws(ImportError) {
        guard fd >= 0 else { return }
        try flush()
        let result = closeDescriptor(fd)
        fd = -1
        if result != 0 { throw failure("cannot finish writing the rejects file") }
    }

    private func flush() throws(ImportError) {
        var done = 0
        var error: Int32 = 0
        pending.withUnsafeBytes { raw in
            while done < raw.count {
                let n = write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    error = errno
                    return
                }
                done += n
            }
        }
        pending.removeAll(keepingCapacity: true)
        if error != 0 { errno = error; throw failure("cannot write the rejects file") }
    }

    private func failure(_ what: String) -> ImportError {
        ImportError(code: .rejectsFile, path: path ?? "", message: "\(what): \(String(cString: strerror(errno)))",
                    hint: "Check that the folder of the rejects file exists and that you may write there.")
    }

    /// The first 200 bytes of a record as text: cut before a partial character, invalid UTF-8
    /// replaced by U+FFFD.
    static func snippet(_ raw: UnsafeRawBufferPointer) -> String {
        let limit = 200
        guard raw.count > limit else { return String(decoding: raw, as: UTF8.self) }
        var end = limit
        // Back off over continuation bytes so the cut falls between two characters.
        while end > limit - 3 && end > 0 && raw[end] & 0xC0 == 0x80 { end -= 1 }
        return String(decoding: UnsafeRawBufferPointer(rebasing: raw[0..<end]), as: UTF8.self)
    }
}

/// `close(2)`, named apart from ``RejectLog/close()`` which would shadow it.
@discardableResult
private func closeDescriptor(_ fd: Int32) -> Int32 {
    close(fd)
}
