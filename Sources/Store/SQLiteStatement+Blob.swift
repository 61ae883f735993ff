import CSQLite

extension SQLiteStatement {
    /// Binds bytes as a blob without copying them: they must stay valid until the statement
    /// has run (the caller steps it inside the closure that lends them).
    func bindBlobNoCopy(_ bytes: UnsafeRawBufferPointer, at index: Int32) throws(StoreError) {
        let rc = sqlite3_bind_blob64(handle, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), sqlite3_uint64(bytes.count), nil)
        guard rc == SQLITE_OK else { throw StoreError(code: .sqlFailed, path: "", message: "cannot bind a blob of \(bytes.count) bytes (SQLite code \(rc))", hint: "Check the free disk space and memory, then run again.") }
    }

    /// The column's blob copied into an array of `T`; nil when NULL or not a whole number of `T`.
    func blob<T: BitwiseCopyable>(_ column: Int32, as type: T.Type) -> [T]? {
        if isNull(column) { return nil }
        let pointer = sqlite3_column_blob(handle, column)
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count % MemoryLayout<T>.stride == 0 else { return nil }
        let n = count / MemoryLayout<T>.stride
        guard let pointer, n > 0 else { return [] }
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(start: pointer, count: count))
            initialized = n
        }
    }

    /// Binds `bytes` as a blob (copied by SQLite at once).
    func bindBlob(_ bytes: [UInt8], at index: Int32) throws(StoreError) {
        let rc = bytes.withUnsafeBytes { raw -> Int32 in
            // An empty array may have no address; a NULL pointer would bind NULL, not an empty blob.
            guard let base = raw.baseAddress, raw.count > 0 else { return sqlite3_bind_zeroblob(handle, index, 0) }
            return tc_sqlite3_bind_blob_transient(handle, index, base, Int32(raw.count))
        }
        try check(rc)
    }

    /// The column's bytes as a blob, copied out of SQLite's memory (empty when NULL).
    func blob(_ column: Int32) -> [UInt8] {
        guard let pointer = sqlite3_column_blob(handle, column) else { return [] }
        let count = Int(sqlite3_column_bytes(handle, column))
        return Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }
}
