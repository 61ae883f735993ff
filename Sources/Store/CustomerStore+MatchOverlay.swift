/// The standing index's overlay (see `StoreSchema.matchOverlayMigration`): written by an
/// incremental run, read by `match`.
extension CustomerStore {
    /// Replaces any overlay with base `header.baseRunID`'s: the keys of the changed customers
    /// and the ids of those changed or gone. One transaction, so a reader sees the old overlay
    /// or the new one, never half of it.
    public func replaceMatchOverlay(_ header: MatchOverlayHeader, keys: [MatchOverlayKeyRow], stale: [String]) throws(StoreError) {
        try db.transaction { () throws(StoreError) in
            for table in ["match_overlay", "match_overlay_keys", "match_overlay_stale"] { try db.execute("DELETE FROM \(table)") }
            let head = try db.prepare("INSERT INTO match_overlay (base_run_id, run_id, change_position) VALUES (?1, ?2, ?3)")
            try head.bind(header.baseRunID, at: 1)
            try head.bind(header.runID, at: 2)
            try head.bind(header.changePosition, at: 3)
            try head.step()
            let key = try db.prepare("""
                INSERT INTO match_overlay_keys (base_run_id, rule, key, customer_id, entries) VALUES (?1, ?2, ?3, ?4, ?5)
                """)
            try key.bind(header.baseRunID, at: 1)
            for row in keys {
                try key.bind(Int64(row.rule), at: 2)
                try key.bind(Int64(bitPattern: row.key), at: 3)
                try key.bind(row.customerID, at: 4)
                try key.bind(Int64(row.entries), at: 5)
                try key.step()
                key.reset()
            }
            let gone = try db.prepare("INSERT OR IGNORE INTO match_overlay_stale (base_run_id, customer_id) VALUES (?1, ?2)")
            try gone.bind(header.baseRunID, at: 1)
            for id in stale {
                try gone.bind(id, at: 2)
                try gone.step()
                gone.reset()
            }
        }
    }

    /// Whether this store has the overlay's tables (a read-only store of an older schema has not).
    public func hasMatchOverlayTables() throws(StoreError) -> Bool {
        try db.scalarInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'match_overlay'") ?? 0 > 0
    }

    /// The overlay of base `baseRunID`'s index, or nil when there is none.
    public func matchOverlayHeader(baseRunID: Int64) throws(StoreError) -> MatchOverlayHeader? {
        guard try hasMatchOverlayTables() else { return nil }
        let statement = try db.prepare("SELECT run_id, change_position FROM match_overlay WHERE base_run_id = ?1")
        try statement.bind(baseRunID, at: 1)
        guard try statement.step() else { return nil }
        return MatchOverlayHeader(baseRunID: baseRunID, runID: statement.int64(0), changePosition: statement.int64(1))
    }

    /// A reader of base `baseRunID`'s overlay (call only when ``matchOverlayHeader(baseRunID:)`` found one).
    public func matchOverlayLookup(baseRunID: Int64) throws(StoreError) -> MatchOverlayLookup {
        let keys = try db.prepare("SELECT customer_id, entries FROM match_overlay_keys WHERE base_run_id = ?1 AND rule = ?2 AND key = ?3")
        try keys.bind(baseRunID, at: 1)
        let stale = try db.prepare("SELECT 1 FROM match_overlay_stale WHERE base_run_id = ?1 AND customer_id = ?2")
        try stale.bind(baseRunID, at: 1)
        return MatchOverlayLookup(keys: keys, stale: stale)
    }

    /// How many distinct customers the change log names after position `seq`: changed since,
    /// whether or not an overlay holds them. Zero when the store keeps no change log.
    public func changedCustomerCount(after seq: Int64) throws(StoreError) -> Int {
        guard try db.scalarInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'customer_changes'") ?? 0 > 0 else {
            return 0
        }
        let statement = try db.prepare("SELECT count(DISTINCT customer_id) FROM customer_changes WHERE seq > ?1")
        try statement.bind(seq, at: 1)
        return try statement.step() ? Int(statement.int64(0)) : 0
    }
}
