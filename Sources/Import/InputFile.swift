#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file being imported, read front to back in large pieces with `read(2)`.
final class InputFile {
    let path: String
    private let fd: Int32
    /// Size in bytes when the file is a regular file; 0 otherwise (a pipe).
    let size: Int64
    private(set) var bytesRead: Int64 = 0

    init(path: String) throws(ImportError) {
        self.path = path
        let opened = open(path, O_RDONLY | O_CLOEXEC)
        guard opened >= 0 else {
            let reason = String(cString: strerror(errno))
            throw ImportError(code: .unreadable, path: path, message: "cannot open the file: \(reason)",
                              hint: "Check the path and that you may read the file.")
        }
        var info = stat()
        guard fstat(opened, &info) == 0 else {
            close(opened)
            throw ImportError(code: .unreadable, path: path, message: "cannot read the file's details",
                              hint: "Check the path and that you may read the file.")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            close(opened)
            throw ImportError(code: .unreadable, path: path, message: "this is a folder, not a file",
                              hint: "Give the path of the export file inside the folder.")
        }
        fd = opened
        size = (info.st_mode & S_IFMT) == S_IFREG ? Int64(info.st_size) : 0
    }

    deinit {
        close(fd)
    }

    /// Reads up to `buffer.count` bytes into `buffer`; returns how many (0 at the end of the file).
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ImportError) -> Int {
        while true {
            let n = systemRead(fd, buffer.baseAddress!, buffer.count)
            if n >= 0 {
                bytesRead += Int64(n)
                return n
            }
            if errno == EINTR { continue }
            throw ImportError(code: .readFailed, path: path,
                              message: "reading failed after \(bytesRead) bytes: \(String(cString: strerror(errno)))",
                              hint: "Check the disk or the network share the file is on, and import again.")
        }
    }
}

/// `read(2)`, named apart from ``InputFile/read(into:)`` which would shadow it.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
