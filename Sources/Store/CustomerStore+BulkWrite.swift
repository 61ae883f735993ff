/// One transaction around many writes of a run.
///
/// Every write method runs in its own transaction, and a commit writes each page it changed to
/// the log once more. A run stores its clusters batch by batch; each batch lands at random places
/// in the clusters' and members' indexes, so nearly every index page changed in every batch and
/// was written again at every commit (and again by the checkpoint after it). Inside a bulk write
/// the methods' transactions become savepoints of the one open transaction, and the pages are
/// written when it commits.
extension CustomerStore {
    /// Opens the transaction that later writes join, until ``commitBulkWrite()``. Closing the
    /// store without committing rolls it back.
    public func beginBulkWrite() throws(StoreError) {
        try db.execute("BEGIN IMMEDIATE")
    }

    /// Commits the transaction ``beginBulkWrite()`` opened.
    public func commitBulkWrite() throws(StoreError) {
        try db.execute("COMMIT")
    }
}
