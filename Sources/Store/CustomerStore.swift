/// The tcdedupe database: customers as imported or exported, and the results of matching runs.
///
/// One SQLite file in WAL mode (readers do not block the writer), with a busy timeout so a
/// second process waits instead of failing, and foreign keys on so deleting a run deletes its
/// clusters and pairs. Opening a file migrates it to the current schema (see `StoreSchema`).
///
/// A store is one connection: use it from one thread at a time (it is not `Sendable`). Every
/// write method runs in its own transaction. The API is split by table:
/// `CustomerStore+Customers.swift`, `CustomerStore+Runs.swift`, `CustomerStore+Clusters.swift`.
public final class CustomerStore {
    /// The database file.
    public let path: String
    let db: SQLiteDatabase

    /// Opens the database at `path`, creating the file and its tables if needed.
    ///
    /// - Throws: ``StoreError`` with code `.cannotOpen` (missing folder, no permission, a
    ///   folder), `.notADatabase` (some other file), `.schemaTooNew` (written by a newer
    ///   tcdedupe), `.busy` (another process holds a lock).
    public init(path: String) throws(StoreError) {
        self.path = path
        db = try SQLiteDatabase(path: path)
        try StoreSchema.migrate(db)
    }

    /// The schema version of the open database.
    public func schemaVersion() throws(StoreError) -> Int {
        Int(try db.scalarInt("PRAGMA user_version") ?? 0)
    }

    /// The schema version this build of tcdedupe writes.
    public static var currentSchemaVersion: Int { Int(StoreSchema.currentVersion) }
}
