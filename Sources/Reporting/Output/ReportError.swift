/// A report could not be written: which file, and what went wrong.
public struct ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, Equatable {
        /// The file could not be created (missing folder, no permission).
        case cannotCreate
        /// Writing, closing or moving the finished file into place failed (disk full, I/O error).
        case writeFailed
        /// The writer was used after `finish()`.
        case alreadyFinished
    }

    public var code: Code
    /// The report's destination path.
    public var path: String
    /// What failed, with the system's reason where there is one.
    public var message: String

    public init(code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    public var description: String { "cannot write report \(path): \(message)" }
}
