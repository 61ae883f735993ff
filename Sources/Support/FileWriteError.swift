/// A file could not be created, written or put in place: which one, and why.
public struct FileWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// The file (or its temporary sibling) could not be created: missing folder, no permission.
        case cannotCreate
        /// Writing, flushing or closing failed (disk full, I/O error, reader of a pipe gone).
        case writeFailed
        /// The finished file could not be renamed over the destination.
        case cannotReplace
        /// The writer was used after ``OutputFile/commit()``.
        case alreadyFinished
    }

    public var code: Code
    /// The destination as the user named it.
    public var path: String
    /// What failed, with the system's reason where there is one.
    public var message: String

    public init(code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
