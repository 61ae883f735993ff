import Store

extension ApplyJob {
    /// The change feed's cursor recorded when the store's customers were exported (or last
    /// synced), from which ``ChangeTracker`` asks what changed since.
    ///
    /// Nil on this branch: the Sync API's cursor is stored by `export` / `tcdedupe sync`, built
    /// beside this one; the coordinator wires that store accessor in here when the branches are
    /// merged. The cursor must have been taken no later than the moment the stored records were
    /// read (the start of the export), so that every change to them after it is in the feed.
    /// Nil makes `apply` fetch every member before its merge, as it always did.
    static func exportChangeCursor(_ store: CustomerStore) throws -> String? {
        BenchmarkChangeFeed.cursor
    }
}
