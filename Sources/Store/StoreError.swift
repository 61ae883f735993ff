/// Why the store could not do what was asked, with what a user can do about it.
///
/// Carries the database path, the SQL that failed (when one did) and SQLite's own code and
/// message, like GRDB's `DatabaseError`, so a report of the failure can be acted on without a
/// debugger.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is, for code that reacts to some of them.
    public enum Code: String, Sendable, Equatable {
        /// The file could not be opened or created (missing folder, permissions, a directory).
        case cannotOpen
        /// The file is not a SQLite database, or it is damaged.
        case notADatabase
        /// The database was written by a newer tcdedupe with a schema this one does not know.
        case schemaTooNew
        /// Opened read-only, the database is too old to read without migrating it first.
        case schemaTooOld
        /// Another process holds a lock for longer than the busy timeout.
        case busy
        /// The database or its folder may not be written.
        case readOnly
        /// The disk is full.
        case diskFull
        /// A row broke a constraint (a bug in the caller: say which row).
        case constraint
        /// Reading or writing a file beside the database failed (the bulk loader's spill file).
        case fileIO
        /// Any other SQLite failure.
        case sqlFailed
    }

    public var code: Code
    /// The database file.
    public var path: String
    /// The statement that failed, when one did.
    public var sql: String?
    /// SQLite's extended result code (0 when SQLite was not involved).
    public var sqliteCode: Int32
    /// SQLite's message, or ours when SQLite was not involved.
    public var message: String
    /// What the user can do about it.
    public var hint: String

    public init(code: Code, path: String, sql: String? = nil, sqliteCode: Int32 = 0, message: String, hint: String) {
        self.code = code
        self.path = path
        self.sql = sql
        self.sqliteCode = sqliteCode
        self.message = message
        self.hint = hint
    }

    public var description: String { summary + "\n  \(hint)" }

    /// What failed, without the hint: for an error that wraps this one and gives the hint
    /// itself (so the hint is not printed twice).
    public var summary: String {
        var text = "database \(path): \(message)"
        if sqliteCode != 0 { text += " (SQLite code \(sqliteCode))" }
        if let sql { text += "\n  while running: \(sql)" }
        return text
    }
}
