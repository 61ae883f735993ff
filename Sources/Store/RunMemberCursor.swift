/// The members of one run's clusters, one at a time in customer id order (SQLite's BINARY
/// order: the bytes of the UTF-8 text), so that two runs can be walked side by side like a
/// sort-merge join and neither is held in memory.
///
/// Made by ``CustomerStore/memberCursor(runID:)``; it borrows the store's connection, so use it
/// on the store's thread, and do not write to the store while one is open.
public final class RunMemberCursor {
    private let statement: SQLiteStatement
    private var done = false

    init(statement: SQLiteStatement) {
        self.statement = statement
    }

    /// The next member and its cluster, or nil after the last one.
    public func next() throws(StoreError) -> (customerID: String, clusterID: Int)? {
        guard !done else { return nil }
        guard try statement.step() else {
            done = true
            statement.reset()
            return nil
        }
        return (statement.text(0) ?? "", Int(statement.int64(1)))
    }
}
