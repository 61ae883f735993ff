import Store

/// Why a file could not be imported at all (as opposed to a bad record, which is a reject).
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, Equatable {
        /// The file is missing, unreadable, or a folder.
        case unreadable
        /// The file holds no bytes, or only whitespace.
        case empty
        /// The file does not start like JSON (a CSV, a spreadsheet, ...).
        case notJSON
        /// Reading failed part-way through.
        case readFailed
        /// The database refused the data.
        case store
        /// The rejects file could not be written.
        case rejectsFile
    }

    public var code: Code
    /// The file being imported (or the rejects file, for `.rejectsFile`).
    public var path: String
    public var message: String
    /// What the user can do about it.
    public var hint: String
    /// The database error, for `.store`.
    public var storeError: StoreError?

    public init(code: Code, path: String, message: String, hint: String, storeError: StoreError? = nil) {
        self.code = code
        self.path = path
        self.message = message
        self.hint = hint
        self.storeError = storeError
    }

    init(_ error: StoreError, importing path: String) {
        self.init(code: .store, path: path, message: "storing the customers failed: \(error.summary)",
                  hint: error.hint, storeError: error)
    }

    public var description: String { "\(path): \(message)\n  \(hint)" }
}
