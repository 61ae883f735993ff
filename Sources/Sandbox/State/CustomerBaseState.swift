import CRMModel

/// What the sandbox holds, guarded as one value by ``CustomerBase``'s lock.
struct CustomerBaseState {
    /// Live customers by id.
    var records: [String: JSONObject] = [:]
    /// Ids in creation order (the order searches walk); may hold ids deleted since, which are
    /// skipped and compacted away now and then.
    var order: [String] = []
    var ids: ObjectIDs
    var clock = SandboxClock()
    var scrolls = ScrollRegistry()
    /// Scrolls broken for good by the `breakScrollAtPage` fault (their keys).
    var brokenScrolls: Set<UInt64> = []
    /// Merged-away victims that still answer GETs until the time given (the `victimLinger` fault).
    var lingering: [String: (record: JSONObject, until: ContinuousClock.Instant)] = [:]
    /// The Sync API's events: every change made through the endpoints (see ``SyncFeed``).
    var syncFeed: SyncFeed

    init(seed: UInt64, syncRetention: Int = SyncFeed.defaultRetention) {
        ids = ObjectIDs(seed: seed)
        syncFeed = SyncFeed(retention: syncRetention)
    }

    mutating func insert(_ record: JSONObject, id: String) {
        if records.updateValue(record, forKey: id) == nil { order.append(id) }
    }

    mutating func remove(_ id: String) {
        records[id] = nil
        if order.count > 2 * records.count + 1024 { order = order.filter { records[$0] != nil } }
    }

    /// Live ids in creation order.
    var liveIDs: [String] { order.filter { records[$0] != nil } }
}
