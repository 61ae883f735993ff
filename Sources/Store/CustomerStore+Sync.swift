/// The Sync API cursor, and customers the CRM deleted kept as history.
extension CustomerStore {
    /// The cursor the store is in step with (as of the last export or sync), or nil when no
    /// export or sync of this database recorded one.
    public func syncState() throws(StoreError) -> SyncState? {
        let statement = try db.prepare("SELECT api_url, cursor, recorded_by, recorded_at, events_applied FROM sync_state WHERE id = 1")
        guard try statement.step() else { return nil }
        return SyncState(apiURL: statement.text(0) ?? "", cursor: statement.text(1), recordedBy: statement.text(2) ?? "",
                         recordedAt: statement.text(3) ?? "", eventsApplied: Int(statement.int64(4)))
    }

    /// The Sync API cursor as stored (`since_id=123`): the events after it are the changes the
    /// store has not seen. Nil when none was recorded, or when it is the feed's beginning;
    /// ``syncState()`` tells the two apart.
    public func syncCursor() throws(StoreError) -> String? {
        try syncState()?.cursor
    }

    /// Records the cursor an export read before it began (replacing any earlier one: the
    /// export re-reads every customer), or nil to forget it (the Sync API did not answer).
    public func recordSyncCursor(_ cursor: String?, apiURL: String, recordedBy: String = "export") throws(StoreError) {
        let now = try db.now()
        try db.transaction { () throws(StoreError) in
            guard let cursor else {
                try db.execute("DELETE FROM sync_state")
                return
            }
            let statement = try db.prepare("""
                INSERT OR REPLACE INTO sync_state (id, api_url, cursor, recorded_by, recorded_at, events_applied)
                VALUES (1, ?1, ?2, ?3, ?4, 0)
                """)
            try statement.bind(apiURL, at: 1)
            try statement.bind(cursor.isEmpty ? nil : cursor, at: 2)
            try statement.bind(recordedBy, at: 3)
            try statement.bind(now, at: 4)
            try statement.step()
        }
    }

    /// Stores one batch of synced changes and then its cursor, in one transaction: after a
    /// crash the cursor never claims changes that were not stored, and a rerun from the stored
    /// cursor does the batch again (upserts and deletions are idempotent).
    ///
    /// - Parameters:
    ///   - upserts: customers as fetched now; any of them marked gone earlier is live again.
    ///   - deletions: ids the CRM no longer holds, with why (`sync event 12: deleted`); a stored
    ///     one moves to `deleted_customers` with its raw JSON, one never stored gets a tombstone
    ///     without JSON.
    ///   - cursor: the cursor after the batch (nil or empty: the feed's beginning).
    ///   - events: events the batch covered.
    @discardableResult
    public func storeSyncBatch(upserts: [CustomerRow], deletions: [(id: String, reason: String)], cursor: String?, apiURL: String,
                               events: Int) throws(StoreError) -> SyncBatchCounts {
        let now = try db.now()
        return try db.transaction { () throws(StoreError) -> SyncBatchCounts in
            var counts = SyncBatchCounts()
            let upserted = try upsertWithinTransaction(upserts, importedAt: now)
            counts.inserted = upserted.inserted
            counts.updated = upserted.updated
            let revive = try db.prepare("DELETE FROM deleted_customers WHERE id = ?1")
            for row in upserts {
                try revive.bind(row.id, at: 1)
                try revive.step()
                revive.reset()
            }
            let move = try db.prepare("""
                INSERT OR REPLACE INTO deleted_customers (id, franchise_id, updated_at, raw, deleted_at, reason)
                SELECT id, franchise_id, updated_at, raw, ?2, ?3 FROM customers WHERE id = ?1
                """)
            let drop = try db.prepare("DELETE FROM customers WHERE id = ?1")
            let tombstone = try db.prepare("""
                INSERT INTO deleted_customers (id, deleted_at, reason) VALUES (?1, ?2, ?3) ON CONFLICT (id) DO NOTHING
                """)
            for deletion in deletions {
                try move.bind(deletion.id, at: 1)
                try move.bind(now, at: 2)
                try move.bind(deletion.reason, at: 3)
                try move.step()
                move.reset()
                if db.changes > 0 {
                    try drop.bind(deletion.id, at: 1)
                    try drop.step()
                    drop.reset()
                    counts.deleted += 1
                } else {
                    try tombstone.bind(deletion.id, at: 1)
                    try tombstone.bind(now, at: 2)
                    try tombstone.bind(deletion.reason + " (never stored)", at: 3)
                    try tombstone.step()
                    tombstone.reset()
                    counts.alreadyGone += 1
                }
            }
            let state = try db.prepare("""
                INSERT INTO sync_state (id, api_url, cursor, recorded_by, recorded_at, events_applied) VALUES (1, ?1, ?2, 'sync', ?3, ?4)
                ON CONFLICT (id) DO UPDATE SET api_url = ?1, cursor = ?2, recorded_by = 'sync', recorded_at = ?3,
                    events_applied = events_applied + ?4
                """)
            try state.bind(apiURL, at: 1)
            try state.bind(cursor.flatMap { $0.isEmpty ? nil : $0 }, at: 2)
            try state.bind(now, at: 3)
            try state.bind(Int64(events), at: 4)
            try state.step()
            return counts
        }
    }

    /// Customers not written since `timestamp` (the start of a full export that has just
    /// finished: the CRM no longer holds them) moved to `deleted_customers` with `reason`.
    /// Returns how many.
    @discardableResult
    public func markCustomersGone(notStoredSince timestamp: String, reason: String) throws(StoreError) -> Int {
        let now = try db.now()
        return try db.transaction { () throws(StoreError) -> Int in
            let move = try db.prepare("""
                INSERT OR REPLACE INTO deleted_customers (id, franchise_id, updated_at, raw, deleted_at, reason)
                SELECT id, franchise_id, updated_at, raw, ?2, ?3 FROM customers WHERE imported_at IS NULL OR imported_at < ?1
                """)
            try move.bind(timestamp, at: 1)
            try move.bind(now, at: 2)
            try move.bind(reason, at: 3)
            try move.step()
            let moved = db.changes
            let drop = try db.prepare("DELETE FROM customers WHERE imported_at IS NULL OR imported_at < ?1")
            try drop.bind(timestamp, at: 1)
            try drop.step()
            return moved
        }
    }

    /// A customer marked gone, or nil when the id is not among them.
    public func deletedCustomer(id: String) throws(StoreError) -> DeletedCustomerRow? {
        let statement = try db.prepare("SELECT id, franchise_id, updated_at, raw, deleted_at, reason FROM deleted_customers WHERE id = ?1")
        try statement.bind(id, at: 1)
        guard try statement.step() else { return nil }
        return DeletedCustomerRow(id: statement.text(0) ?? "", franchiseID: statement.text(1), updatedAt: statement.text(2),
                                  raw: statement.text(3), deletedAt: statement.text(4) ?? "", reason: statement.text(5) ?? "")
    }

    /// How many customers are marked gone.
    public func deletedCustomerCount() throws(StoreError) -> Int {
        Int(try db.scalarInt("SELECT count(*) FROM deleted_customers") ?? 0)
    }
}
