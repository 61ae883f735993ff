/// The customer change log: where a full run read the customers, and what changed since.
extension CustomerStore {
    /// Switches the change log on (once) and returns its position now: every change after
    /// this call has a higher position. A full run calls it before it reads the customers.
    public func startChangeLog() throws(StoreError) -> Int64 {
        try db.transaction { () throws(StoreError) -> Int64 in
            if try db.scalarInt("SELECT count(*) FROM change_log_switch") == 0 {
                let statement = try db.prepare("INSERT INTO change_log_switch (on_since) VALUES (?1)")
                try statement.bind(try db.now(), at: 1)
                try statement.step()
            }
            try db.execute(StoreSchema.changeLogTriggers)
            return try changeLogPosition()
        }
    }

    /// The highest position the log has handed out (0 when none).
    public func changeLogPosition() throws(StoreError) -> Int64 {
        try db.scalarInt("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'customer_changes'), 0)") ?? 0
    }

    /// Whether changes are being logged (a full run switched the log on).
    public func changeLogIsOn() throws(StoreError) -> Bool {
        try db.scalarInt("SELECT count(*) FROM change_log_switch") ?? 0 > 0
    }

    /// The changes after position `seq`, oldest first.
    public func customerChanges(after seq: Int64) throws(StoreError) -> [CustomerChange] {
        let statement = try db.prepare("SELECT seq, customer_id, old_raw FROM customer_changes WHERE seq > ?1 ORDER BY seq")
        try statement.bind(seq, at: 1)
        var out: [CustomerChange] = []
        while try statement.step() {
            out.append(CustomerChange(seq: statement.int64(0), customerID: statement.text(1) ?? "", oldRaw: statement.text(2)))
        }
        return out
    }

    /// Forgets the changes at or before position `seq` (no base needs them any more).
    public func dropCustomerChanges(through seq: Int64) throws(StoreError) {
        let statement = try db.prepare("DELETE FROM customer_changes WHERE seq <= ?1")
        try statement.bind(seq, at: 1)
        try statement.step()
    }

    /// The raw JSON of each of `ids` that is stored, by id (ids not stored are left out).
    public func customersRaw(ids: [String]) throws(StoreError) -> [String: String] {
        let statement = try db.prepare("SELECT raw FROM customers WHERE id = ?1")
        var out: [String: String] = [:]
        out.reserveCapacity(ids.count)
        for id in ids {
            try statement.bind(id, at: 1)
            if try statement.step() { out[id] = statement.text(0) ?? "" }
            statement.reset()
        }
        return out
    }
}
