extension CustomerStore {
    /// For an incremental run: the pairs of run `from` between two customers it did not
    /// rebuild are the ones it would score again, so they are copied inside SQLite; the run
    /// writes the pairs touching `customerIDs` itself. Returns the pairs copied.
    @discardableResult
    public func carryPairs(from: Int64, to: Int64, exceptTouching customerIDs: [String]) throws(StoreError) -> Int {
        try db.execute("CREATE TEMP TABLE IF NOT EXISTS carry_pair_touched (customer_id TEXT PRIMARY KEY) WITHOUT ROWID")
        return try db.transaction { () throws(StoreError) -> Int in
            try db.execute("DELETE FROM temp.carry_pair_touched")
            let touched = try db.prepare("INSERT OR IGNORE INTO temp.carry_pair_touched (customer_id) VALUES (?1)")
            for id in customerIDs {
                try touched.bind(id, at: 1)
                try touched.step()
                touched.reset()
            }
            let copy = try db.prepare("""
                INSERT INTO pairs (run_id, a, b, probability, match_weight)
                SELECT ?2, a, b, probability, match_weight FROM pairs
                WHERE run_id = ?1 AND a NOT IN (SELECT customer_id FROM temp.carry_pair_touched)
                  AND b NOT IN (SELECT customer_id FROM temp.carry_pair_touched)
                ORDER BY rowid
                """)
            try copy.bind(from, at: 1)
            try copy.bind(to, at: 2)
            try copy.step()
            return db.changes
        }
    }
}
