import CSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One open SQLite connection: the thin layer between the store's tables and the C API.
///
/// The connection is opened without SQLite's own mutex (`SQLITE_OPEN_NOMUTEX`): it belongs to
/// one owner, used from one thread at a time, which is what makes it safe — and faster.
final class SQLiteDatabase {
    let path: String
    let handle: OpaquePointer

    /// Whether this connection created the file (it did not exist before the open).
    let createdFile: Bool

    /// Opens the file at `path`.
    ///
    /// `.readWrite` creates the file if needed — mode 0600, because it holds every customer's
    /// record and the merge snapshots; SQLite gives the `-wal` and `-shm` files the database
    /// file's mode — and sets WAL mode, a busy timeout and foreign keys.
    ///
    /// `.readOnly` writes nothing: no WAL switch, no page-size or journal pragmas. A WAL database
    /// needs its `-shm` index; where that cannot be created (a read-only folder) SQLite refuses
    /// to read, and the file is then opened `immutable` — safe because nobody can be writing
    /// to a database in a place where its index cannot even be created.
    init(path: String, mode: StoreOpenMode = .readWrite, busyTimeoutMilliseconds: Int32 = 5_000) throws(StoreError) {
        self.path = path
        switch mode {
        case .readWrite:
            createdFile = try Self.createPrivateFileIfMissing(path)
            handle = try Self.openConnection(path, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE)
            sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
            try configureForWriting()
        case .readOnly:
            createdFile = false
            let flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
            var opened = try Self.openConnection(Self.uri(path, immutable: false), flags: flags, reportedPath: path)
            // The first read is where SQLite finds out whether it can use the WAL index.
            let probe = sqlite3_exec(opened, "SELECT count(*) FROM sqlite_master", nil, nil, nil)
            if probe & 0xFF == SQLITE_READONLY || probe & 0xFF == SQLITE_CANTOPEN {
                sqlite3_close_v2(opened)
                opened = try Self.openConnection(Self.uri(path, immutable: true), flags: flags, reportedPath: path)
            }
            handle = opened
            sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
            try execute("PRAGMA foreign_keys = ON")
            try execute("PRAGMA cache_size = -131072")
        }
    }

    /// The pragmas of a writing connection.
    private func configureForWriting() throws(StoreError) {
        // 16 KiB pages hold customer records of up to 4 KiB without overflow pages; the size
        // only takes effect when the file is created.
        try execute("PRAGMA page_size = 16384")
        // journal_mode is the first statement to read the file: a file that is not a database fails here.
        try execute("PRAGMA journal_mode = WAL")
        // After a bulk load the log is cut back to 64 MiB instead of keeping its peak size.
        try execute("PRAGMA journal_size_limit = 67108864")
        try execute("PRAGMA synchronous = NORMAL")
        try execute("PRAGMA foreign_keys = ON")
        // 128 MiB of page cache. No memory map: pages read through a map count in the
        // process's resident memory, and a full scan would add the whole file to it.
        try execute("PRAGMA cache_size = -131072")
    }

    private static func openConnection(_ name: String, flags: Int32, reportedPath: String? = nil) throws(StoreError) -> OpaquePointer {
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(name, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_close_v2(db)
            throw StoreError(
                code: .cannotOpen, path: reportedPath ?? name, sqliteCode: rc, message: "cannot open the database: \(message)",
                hint: "Check that the folder exists, that you may write to it, and that the path names a file, not a folder.")
        }
        return db
    }

    /// A `file:` URI for `path` (reserved characters percent-encoded) opening it read-only.
    static func uri(_ path: String, immutable: Bool) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0...0x20, 0x7F...:
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += (hex.count == 1 ? "%0" : "%") + hex
            default:
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return "file:\(encoded)?mode=ro" + (immutable ? "&immutable=1" : "")
    }

    /// Creates an empty file at `path` readable by its owner only, when none is there yet;
    /// true when it did. SQLite takes an empty file for a new database.
    private static func createPrivateFileIfMissing(_ path: String) throws(StoreError) -> Bool {
        // SQLite's own names: an in-memory or temporary database, or a URI. No file to make.
        if path.isEmpty || path == ":memory:" || path.hasPrefix("file:") { return false }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }   // there already, or not creatable: sqlite3_open says why
        close(fd)
        return true
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows the caller needs.
    func execute(_ sql: String) throws(StoreError) {
        let rc = sqlite3_exec(handle, sql, nil, nil, nil)
        guard rc == SQLITE_OK else { throw error(rc, sql: sql) }
    }

    func prepare(_ sql: String) throws(StoreError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw error(rc, sql: sql) }
        return SQLiteStatement(database: self, handle: statement, sql: sql)
    }

    /// Runs `body` in one write transaction (`BEGIN IMMEDIATE`), committing when it returns and
    /// rolling back when it throws.
    ///
    /// Inside a transaction already open (``CustomerStore/beginBulkWrite()``) `body` runs in a
    /// savepoint of it instead: its changes still stay or go together, and reach the file when
    /// the enclosing transaction commits.
    func transaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        if sqlite3_get_autocommit(handle) == 0 {
            try execute("SAVEPOINT nested_write")
            do {
                let result = try body()
                try execute("RELEASE nested_write")
                return result
            } catch {
                sqlite3_exec(handle, "ROLLBACK TO nested_write; RELEASE nested_write", nil, nil, nil)
                throw error
            }
        }
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            sqlite3_exec(handle, "ROLLBACK", nil, nil, nil)
            throw error
        }
    }

    /// Sets the journal mode and returns the mode in effect afterwards (lowercase): SQLite
    /// keeps the old one when it cannot switch.
    func journalMode(set mode: String) throws(StoreError) -> String {
        let statement = try prepare("PRAGMA journal_mode = \(mode)")
        guard try statement.step() else { return "" }
        return statement.text(0) ?? ""
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    var changes: Int { Int(sqlite3_changes(handle)) }

    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The integer in the first column of the first row of `sql`.
    func scalarInt(_ sql: String) throws(StoreError) -> Int64? {
        let statement = try prepare(sql)
        guard try statement.step() else { return nil }
        return statement.isNull(0) ? nil : statement.int64(0)
    }

    /// The current UTC time as ISO 8601 text, from SQLite's clock (no Foundation needed).
    func now() throws(StoreError) -> String {
        let statement = try prepare("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")
        _ = try statement.step()
        return statement.text(0) ?? ""
    }

    /// A ``StoreError`` for result code `rc`, with SQLite's message and a hint.
    func error(_ rc: Int32, sql: String?) -> StoreError {
        let message = String(cString: sqlite3_errmsg(handle))
        let code: StoreError.Code
        let hint: String
        switch rc & 0xFF {
        case SQLITE_NOTADB, SQLITE_CORRUPT:
            code = .notADatabase
            hint = "The file is not a tcdedupe database or it is damaged: give another path, or restore the file from a backup."
        case SQLITE_BUSY, SQLITE_LOCKED:
            code = .busy
            hint = "Another process is writing to this database: wait for it to finish, or use another database file."
        case SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH:
            code = .readOnly
            hint = "The database file or its folder may not be written: check the permissions."
        case SQLITE_FULL:
            code = .diskFull
            hint = "The disk is full: free some space and run the command again."
        case SQLITE_CANTOPEN:
            code = .cannotOpen
            hint = "Check that the folder exists, that you may write to it, and that the path names a file, not a folder."
        case SQLITE_CONSTRAINT:
            code = .constraint
            hint = "A row broke a database constraint: this is a bug in tcdedupe; please report it with this message."
        case SQLITE_IOERR:
            code = .sqlFailed
            hint = "The disk reported an I/O error: check the disk and the file system."
        default:
            code = .sqlFailed
            hint = "This is unexpected: please report it with this message."
        }
        return StoreError(code: code, path: path, sql: sql, sqliteCode: rc, message: message, hint: hint)
    }
}
