import CRMClient

/// What one page of sync events asks of the store: which customers to fetch, which to mark
/// gone, and what to skip.
///
/// Within a page a customer is fetched once, whatever number of events name it, and its last
/// event decides: deleted → marked gone without a fetch; created or updated → fetched now (the
/// record as it is now covers every earlier event).
struct SyncBatchPlan: Sendable {
    /// Customers to fetch, in the order of their last event.
    var fetchIDs: [String] = []
    /// Customers to mark gone, with the event that says so.
    var deletions: [(id: String, reason: String)] = []
    /// Events of a type the client does not know (counted, not fatal).
    var unknownEventTypes = 0
    /// Events about objects other than customers (reservations, shops, …).
    var otherSyncableTypes = 0
    /// Events without an object id, or items that were not events.
    var malformed = 0

    init(_ page: SyncEventPage) {
        malformed = page.malformed
        var last: [String: (order: Int, event: SyncEvent)] = [:]
        for (order, event) in page.events.enumerated() {
            guard event.isCustomer else {
                otherSyncableTypes += 1
                continue
            }
            if case .other = event.kind {
                unknownEventTypes += 1
                continue
            }
            guard let id = event.syncableID, !id.isEmpty else {
                malformed += 1
                continue
            }
            last[id] = (order, event)
        }
        for (id, entry) in last.sorted(by: { $0.value.order < $1.value.order }) {
            if entry.event.kind == .deleted {
                deletions.append((id, "sync event \(entry.event.id): deleted"))
            } else {
                fetchIDs.append(id)
            }
        }
    }

    /// Events skipped in all.
    var skipped: Int { unknownEventTypes + otherSyncableTypes + malformed }
}
