/// How an upsert changed the customers table.
public struct UpsertCounts: Sendable, Hashable {
    /// Rows whose id was new.
    public var inserted: Int
    /// Rows that replaced a stored customer with the same id (also a repeat within one batch).
    public var updated: Int
    /// Of ``updated``, the records whose id came again later in the same load: replaced by the
    /// later one before they were stored (the last of each id is kept).
    public var duplicates: Int

    public init(inserted: Int = 0, updated: Int = 0, duplicates: Int = 0) {
        self.inserted = inserted
        self.updated = updated
        self.duplicates = duplicates
    }

    public static func + (a: UpsertCounts, b: UpsertCounts) -> UpsertCounts {
        UpsertCounts(inserted: a.inserted + b.inserted, updated: a.updated + b.updated, duplicates: a.duplicates + b.duplicates)
    }
}
