import Store

/// `match`'s view of what changed since its full run's standing index was written: the overlay
/// the newest incremental run built on that run stored (see `StoreSchema.matchOverlayMigration`).
///
/// A block now is the index's block without the stale customers (changed or gone since), plus
/// the customers whose version now has the key; its size now is the index's plus the
/// overlay's signed entries under the key. Read key by key, as the index is, so that opening it
/// costs nothing at booking time.
public final class StandingOverlay {
    public let header: MatchOverlayHeader
    private let lookup: MatchOverlayLookup
    private var staleCache: [String: Bool] = [:]
    private static let cacheLimit = 100_000

    /// The overlay on `index`'s run, or nil when no incremental run has built on it.
    public static func open(on index: StandingIndex) throws(StandingIndexError) -> StandingOverlay? {
        do {
            guard let header = try index.store.matchOverlayHeader(baseRunID: index.runID) else { return nil }
            return StandingOverlay(header: header, lookup: try index.store.matchOverlayLookup(baseRunID: index.runID))
        } catch {
            throw .store("\(error)")
        }
    }

    private init(header: MatchOverlayHeader, lookup: MatchOverlayLookup) {
        self.header = header
        self.lookup = lookup
    }

    /// The changed customers' entries under `key` of rule `rule`: positive for their version
    /// now, negative for the version the index holds.
    public func rows(rule: Int, key: UInt64) throws(StandingIndexError) -> [MatchOverlayKeyRow] {
        do { return try lookup.rows(rule: rule, key: key) } catch { throw .store("\(error)") }
    }

    /// Whether the index's entries of customer `id` are out of date (it changed or is gone).
    public func isStale(_ id: String) throws(StandingIndexError) -> Bool {
        if let known = staleCache[id] { return known }
        let stale: Bool
        do { stale = try lookup.isStale(id) } catch { throw .store("\(error)") }
        if staleCache.count >= Self.cacheLimit { staleCache.removeAll(keepingCapacity: true) }
        staleCache[id] = stale
        return stale
    }
}
