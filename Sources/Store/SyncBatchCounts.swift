/// What storing one batch of synced changes did.
public struct SyncBatchCounts: Sendable, Hashable {
    /// Customers new to the store.
    public var inserted = 0
    /// Stored customers replaced by their newer record.
    public var updated = 0
    /// Stored customers moved to `deleted_customers`.
    public var deleted = 0
    /// Deletions of customers the store never held or had already marked gone (a tombstone
    /// is written for the first kind, nothing for the second).
    public var alreadyGone = 0

    public init() {}

    public static func + (a: SyncBatchCounts, b: SyncBatchCounts) -> SyncBatchCounts {
        var c = a
        c.inserted += b.inserted
        c.updated += b.updated
        c.deleted += b.deleted
        c.alreadyGone += b.alreadyGone
        return c
    }
}
