/// Carrying a base run's scored pairs over to an incremental run, by reference.
extension CustomerStore {
    /// Makes run `to` hold the pairs of run `from` with neither end among `customerIDs` (the
    /// records it re-clustered or that are gone, whose pairs it stored itself); returns how
    /// many it holds that way, or nil without `counting` (the count scans the base's pairs:
    /// most of a second at 1.65M, which an incremental run does not spend).
    ///
    /// Writes one row per customer left out (migration 15), not the base's pairs again: readers
    /// of `to`'s pairs read the base's through `run_dropped_customers`. `from` must be a run that
    /// stored its own pairs (a full run), and it is kept as long as `to` refers to it.
    @discardableResult
    public func carryPairs(from: Int64, to: Int64, exceptTouching customerIDs: [String], counting: Bool = true) throws(StoreError) -> Int? {
        try requireCarriableBase(from)
        return try db.transaction { () throws(StoreError) -> Int? in
            let dropped = try db.prepare("INSERT OR IGNORE INTO run_dropped_customers (run_id, customer_id) VALUES (?1, ?2)")
            for id in customerIDs {
                try dropped.bind(to, at: 1)
                try dropped.bind(id, at: 2)
                try dropped.step()
                dropped.reset()
            }
            try recordCarry(from: from, to: to, flag: "pairs_carried")
            guard counting else { return nil }
            let counted = try db.prepare("""
                SELECT count(*) FROM pairs p WHERE p.run_id = ?1
                AND NOT EXISTS (SELECT 1 FROM run_dropped_customers d WHERE d.run_id = ?2 AND d.customer_id = p.a)
                AND NOT EXISTS (SELECT 1 FROM run_dropped_customers d WHERE d.run_id = ?2 AND d.customer_id = p.b)
                """)
            try counted.bind(from, at: 1)
            try counted.bind(to, at: 2)
            try counted.step()
            return Int(counted.int64(0))
        }
    }
}
