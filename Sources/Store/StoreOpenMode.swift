/// How a command opens the database.
public enum StoreOpenMode: Sendable, Equatable {
    /// Creates the file if needed (mode 0600), switches it to WAL and migrates it to the
    /// current schema: for every command that writes.
    case readWrite
    /// Reads only: the file must exist; no WAL switch, no migration, no file created beside it
    /// when that cannot be done. For `status`, `report`, `journal`, `restore`, `evaluate`, so
    /// that they work on a database in a read-only place (a backup, another user's folder).
    case readOnly
}
