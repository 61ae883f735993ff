#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way tcdedupe writes an output file (reports, the generated base and its truth, the
/// requests of a dry run), so that every command treats a path the same way:
///
/// - a regular file, or a path that does not exist yet, is written under a temporary name in
///   the same folder and renamed over the path by ``commit()``: a crash or a full disk halfway
///   leaves the old file (or nothing), never a truncated one that reads like a short, valid
///   output. A writer dropped before `commit()` removes its temporary file.
/// - a path that names something else (a FIFO, a device such as `/dev/stdout`) is opened and
///   written directly: renaming a file over it would replace the pipe or device node instead of
///   feeding it. A symbolic link is followed: the file it points to gets the content (atomically
///   when that is a regular file) and the link stays a link.
/// - `-` is standard output.
/// - new files are created with mode 0600: outputs carry customers' names, phones and emails.
public final class OutputFile {
    /// The destination as the user named it (for messages).
    public let path: String
    private var descriptor: Int32
    /// Set while writing under a temporary name: the temporary and the final path.
    private let pending: (temporary: String, final: String)?
    private let closeWhenDone: Bool
    private var buffer: [UInt8] = []
    private var finished = false

    /// Bytes collected before a write call.
    public static let chunkSize = 1 << 20

    public init(path: String) throws(FileWriteError) {
        self.path = path
        buffer.reserveCapacity(Self.chunkSize)
        if path == "-" {
            descriptor = STDOUT_FILENO
            pending = nil
            closeWhenDone = false
            return
        }
        closeWhenDone = true
        let destination = Self.resolvedDestination(path)
        var info = stat()
        if stat(destination, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
            // A pipe, a device or a socket: write to it where it is.
            descriptor = open(destination, O_WRONLY | O_CLOEXEC)
            pending = nil
            guard descriptor >= 0 else { throw Self.failure(.cannotCreate, path, "cannot open for writing") }
            return
        }
        var template = Array((destination + ".partial.XXXXXX").utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw Self.failure(.cannotCreate, path, "cannot create a file beside it (check that the folder exists and is writable)")
        }
        fchmod(descriptor, 0o600)
        pending = (String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self), destination)
    }

    /// Appends `bytes`, writing when a chunk has collected.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(FileWriteError) {
        guard !finished else { throw FileWriteError(code: .alreadyFinished, path: path, message: "the file is already finished") }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunkSize { try flush() }
    }

    public func write(_ bytes: [UInt8]) throws(FileWriteError) {
        try bytes.withUnsafeBufferPointer { (b) throws(FileWriteError) in try write(b) }
    }

    public func write(_ byte: UInt8) throws(FileWriteError) {
        guard !finished else { throw FileWriteError(code: .alreadyFinished, path: path, message: "the file is already finished") }
        buffer.append(byte)
    }

    public func write(_ text: String) throws(FileWriteError) {
        try write(Array(text.utf8))
    }

    /// Writes what is collected now.
    public func flush() throws(FileWriteError) {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Self.failure(.writeFailed, path, "write failed")
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes the rest, closes the file and (for a regular file) renames it over the path.
    public func commit() throws(FileWriteError) {
        guard !finished else { throw FileWriteError(code: .alreadyFinished, path: path, message: "the file is already finished") }
        try flush()
        finished = true
        if closeWhenDone && close(descriptor) != 0 {
            throw Self.failure(.writeFailed, path, "close failed")
        }
        guard let pending else { return }
        if rename(pending.temporary, pending.final) != 0 {
            let error = Self.failure(.cannotReplace, path, "cannot move \(pending.temporary) into place")
            unlink(pending.temporary)
            throw error
        }
    }

    deinit {
        guard !finished else { return }
        if closeWhenDone { close(descriptor) }
        if let pending { unlink(pending.temporary) }
    }

    /// The path with symbolic links followed, so that the file a link names is the one written
    /// (and replaced) and the link stays; the path itself when nothing is linked or the link
    /// dangles (its directory part is resolved where possible).
    static func resolvedDestination(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return path }
        guard let resolved = realpath(path, nil) else {
            // A dangling link: write its target path, relative to the link's folder.
            var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(path, &target, target.count - 1)
            guard n > 0 else { return path }
            let text = String(decoding: target[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if text.hasPrefix("/") { return text }
            guard let slash = path.lastIndex(of: "/") else { return text }
            return String(path[...slash]) + text
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func failure(_ code: FileWriteError.Code, _ path: String, _ what: String) -> FileWriteError {
        FileWriteError(code: code, path: path, message: "\(what): \(String(cString: strerror(errno)))")
    }
}

/// The C library's `write`, which ``OutputFile``'s own `write` methods hide inside the class.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
