import CSQLite

/// A prepared statement: bind, step, read columns, reset, and again.
///
/// Text is bound with `SQLITE_TRANSIENT` (through the C shim): SQLite copies the bytes at once,
/// so the Swift string may go away before the statement runs.
final class SQLiteStatement {
    let handle: OpaquePointer
    let sql: String
    private unowned let database: SQLiteDatabase

    init(database: SQLiteDatabase, handle: OpaquePointer, sql: String) {
        self.database = database
        self.handle = handle
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    // MARK: Binding (parameters count from 1)

    func bind(_ text: String?, at index: Int32) throws(StoreError) {
        guard var text else { return try check(sqlite3_bind_null(handle, index)) }
        let rc = text.withUTF8 { utf8 -> Int32 in
            // An empty buffer may have no address, and a NULL pointer would bind NULL, not "".
            guard let base = utf8.baseAddress, utf8.count > 0 else {
                return tc_sqlite3_bind_text_transient(handle, index, "", 0)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                tc_sqlite3_bind_text_transient(handle, index, $0, Int32(utf8.count))
            }
        }
        try check(rc)
    }

    /// Binds UTF-8 bytes as text (copied by SQLite at once); nil binds NULL.
    func bindText(_ utf8: UnsafeRawBufferPointer?, at index: Int32) throws(StoreError) {
        guard let utf8 else { return try check(sqlite3_bind_null(handle, index)) }
        guard let base = utf8.baseAddress, utf8.count > 0 else {
            return try check(tc_sqlite3_bind_text_transient(handle, index, "", 0))
        }
        try check(tc_sqlite3_bind_text_transient(handle, index, base.assumingMemoryBound(to: CChar.self), Int32(utf8.count)))
    }

    func bind(_ value: Int64?, at index: Int32) throws(StoreError) {
        guard let value else { return try check(sqlite3_bind_null(handle, index)) }
        try check(sqlite3_bind_int64(handle, index, value))
    }

    func bind(_ value: Double?, at index: Int32) throws(StoreError) {
        guard let value else { return try check(sqlite3_bind_null(handle, index)) }
        try check(sqlite3_bind_double(handle, index, value))
    }

    func check(_ rc: Int32) throws(StoreError) {
        guard rc == SQLITE_OK else { throw database.error(rc, sql: sql) }
    }

    // MARK: Running

    /// Runs to the next row: true when there is one to read, false when the statement is done.
    @discardableResult
    func step() throws(StoreError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let rc: throw database.error(rc, sql: sql)
        }
    }

    /// Makes the statement ready to run again; bindings stay unless rebound.
    func reset() {
        sqlite3_reset(handle)
    }

    // MARK: Columns (count from 0)

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

    /// The column's text, or nil when it is NULL.
    func text(_ column: Int32) -> String? {
        guard let pointer = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// The column's UTF-8 bytes in SQLite's memory: valid until the next step, reset or finalize.
    func bytes(_ column: Int32) -> UnsafeRawBufferPointer {
        // Ask for the text first, then its length: the order SQLite documents as safe.
        guard let pointer = sqlite3_column_text(handle, column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(handle, column)))
    }
}
