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

    /// Whether opening it created the file (`import` removes a database it created when it
    /// fails before storing anything).
    public let createdFile: Bool
    /// The schema version found when the store was opened (after migrating, in `.readWrite`).
    let openedSchemaVersion: Int64

    /// Opens the database at `path`.
    ///
    /// `.readWrite` (the default) creates the file (mode 0600) and its tables if needed and
    /// migrates an older schema. `.readOnly` changes nothing: the file must exist, and a schema
    /// older than the last-but-one is refused with a hint to open it once with a writing command.
    ///
    /// - Throws: ``StoreError`` with code `.cannotOpen` (missing folder or file, no permission,
    ///   a folder), `.notADatabase` (some other file), `.schemaTooNew` (written by a newer
    ///   tcdedupe), `.schemaTooOld` (read-only and too old to read), `.busy` (another process
    ///   holds a lock).
    public init(path: String, mode: StoreOpenMode = .readWrite) throws(StoreError) {
        self.path = path
        db = try SQLiteDatabase(path: path, mode: mode)
        createdFile = db.createdFile
        switch mode {
        case .readWrite:
            try StoreSchema.migrate(db)
        case .readOnly:
            try StoreSchema.checkReadable(db)
        }
        openedSchemaVersion = try db.scalarInt("PRAGMA user_version") ?? 0
    }

    /// The schema version of the open database.
    public func schemaVersion() throws(StoreError) -> Int {
        Int(try db.scalarInt("PRAGMA user_version") ?? 0)
    }

    /// The schema version this build of tcdedupe writes.
    public static var currentSchemaVersion: Int { Int(StoreSchema.currentVersion) }
}
