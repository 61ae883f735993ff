/// What a sync did, added up over its batches.
public struct SyncCounts: Sendable, Hashable {
    /// Events read.
    public var events = 0
    /// Pages of events stored (each one batch).
    public var batches = 0
    /// Customers fetched by id (once per customer per batch).
    public var fetched = 0
    /// Customers stored new or replaced.
    public var inserted = 0
    public var updated = 0
    /// Customers moved to the deleted ones (by a delete event, or a 404 on fetch).
    public var deleted = 0
    /// Deletions of customers the store did not hold (or had already marked gone).
    public var alreadyGone = 0
    /// Events skipped: unknown types, objects other than customers, malformed items.
    public var skipped = 0
    /// Fetched records the store's checks refused (they are named in a notice).
    public var rejected = 0

    public init() {}

    public var upserted: Int { inserted + updated }
}
