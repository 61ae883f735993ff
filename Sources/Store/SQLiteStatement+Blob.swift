import CSQLite

extension SQLiteStatement {
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
