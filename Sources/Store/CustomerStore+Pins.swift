/// The pins table: "never merge these two customers" (see `StoreSchema+Pins.swift`).
///
/// Reviewing writes pins when a cluster is rejected or a member removed; `tcdedupe pins` lists,
/// adds and lifts them; a run reads the live ones and refuses every union they forbid.
extension CustomerStore {
    /// Pins each pair (either order; a pair of one customer with itself is skipped). A pair that
    /// already has a live pin keeps the one it has.
    ///
    /// - Returns: how many pins are new.
    @discardableResult
    public func addPins(_ pairs: [(String, String)], origin: PinOrigin) throws(StoreError) -> Int {
        let now = try db.now()
        let insert = try db.prepare("""
            INSERT OR IGNORE INTO pins (customer_a, customer_b, reason, run_id, cluster_key, created_by, created_at, note)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            """)
        return try db.transaction { () throws(StoreError) -> Int in
            var added = 0
            for (x, y) in pairs where x != y {
                try insert.bind(min(x, y), at: 1)
                try insert.bind(max(x, y), at: 2)
                try insert.bind(origin.reason.rawValue, at: 3)
                try insert.bind(origin.runID, at: 4)
                try insert.bind(origin.clusterKey, at: 5)
                try insert.bind(origin.createdBy, at: 6)
                try insert.bind(now, at: 7)
                try insert.bind(origin.note, at: 8)
                try insert.step()
                insert.reset()
                added += db.changes
            }
            return added
        }
    }

    /// Every live pin, in id order (what a run honours).
    public func livePins() throws(StoreError) -> [PinRow] {
        guard try hasPinsSchema() else { return [] }
        return try pinRows("\(Self.selectPins) WHERE lifted_at IS NULL ORDER BY id", bind: { _ throws(StoreError) in })
    }

    /// Pins, newest first: live ones only unless `includeLifted`; only those naming `customerID` when given.
    public func pins(customerID: String? = nil, includeLifted: Bool = false) throws(StoreError) -> [PinRow] {
        guard try hasPinsSchema() else { return [] }
        var conditions: [String] = []
        if !includeLifted { conditions.append("lifted_at IS NULL") }
        if customerID != nil { conditions.append("(customer_a = ?1 OR customer_b = ?1)") }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try pinRows("\(Self.selectPins)\(filter) ORDER BY id DESC") { s throws(StoreError) in
            if let customerID { try s.bind(customerID, at: 1) }
        }
    }

    /// The live pins that name any of `customerIDs` (a cluster's members: the pins inside it and
    /// the ones that kept a record out of it).
    public func livePins(touching customerIDs: [String]) throws(StoreError) -> [PinRow] {
        var seen = Set<Int64>(), out: [PinRow] = []
        for id in Set(customerIDs).sorted() {
            for pin in try pins(customerID: id) where seen.insert(pin.id).inserted { out.append(pin) }
        }
        return out.sorted { $0.id < $1.id }
    }

    /// One pin by id, lifted or not.
    public func pin(id: Int64) throws(StoreError) -> PinRow? {
        try pinRows("\(Self.selectPins) WHERE id = ?1") { s throws(StoreError) in try s.bind(id, at: 1) }.first
    }

    /// The live pin between two customers, if there is one.
    public func livePin(between x: String, _ y: String) throws(StoreError) -> PinRow? {
        try pinRows("\(Self.selectPins) WHERE customer_a = ?1 AND customer_b = ?2 AND lifted_at IS NULL") { s throws(StoreError) in
            try s.bind(min(x, y), at: 1)
            try s.bind(max(x, y), at: 2)
        }.first
    }

    /// Lifts a live pin (kept as history). - Returns: false when it was not live.
    @discardableResult
    public func liftPin(id: Int64, by liftedBy: String) throws(StoreError) -> Bool {
        let statement = try db.prepare("UPDATE pins SET lifted_at = ?2, lifted_by = ?3 WHERE id = ?1 AND lifted_at IS NULL")
        try statement.bind(id, at: 1)
        try statement.bind(try db.now(), at: 2)
        try statement.bind(liftedBy, at: 3)
        try statement.step()
        return db.changes > 0
    }

    /// Lifts the live pins a review of one cluster made (a reviewer undoing a rejection).
    /// - Returns: how many were lifted.
    @discardableResult
    public func liftPins(runID: Int64, clusterKey: String, reason: PinReason, by liftedBy: String) throws(StoreError) -> Int {
        let statement = try db.prepare("""
            UPDATE pins SET lifted_at = ?4, lifted_by = ?5
            WHERE run_id = ?1 AND cluster_key = ?2 AND reason = ?3 AND lifted_at IS NULL
            """)
        try statement.bind(runID, at: 1)
        try statement.bind(clusterKey, at: 2)
        try statement.bind(reason.rawValue, at: 3)
        try statement.bind(try db.now(), at: 4)
        try statement.bind(liftedBy, at: 5)
        try statement.step()
        return db.changes
    }

    // MARK: Helpers

    private static let selectPins = """
        SELECT id, customer_a, customer_b, reason, run_id, cluster_key, created_by, created_at, note, lifted_at, lifted_by FROM pins
        """

    private func pinRows(_ sql: String, bind: (SQLiteStatement) throws(StoreError) -> Void) throws(StoreError) -> [PinRow] {
        let statement = try db.prepare(sql)
        try bind(statement)
        var rows: [PinRow] = []
        while try statement.step() {
            let s = statement
            rows.append(PinRow(id: s.int64(0), customerA: s.text(1) ?? "", customerB: s.text(2) ?? "",
                               reason: PinReason(rawValue: s.text(3) ?? "") ?? .operator, runID: s.isNull(4) ? nil : s.int64(4),
                               clusterKey: s.text(5), createdBy: s.text(6) ?? "", createdAt: s.text(7) ?? "", note: s.text(8),
                               liftedAt: s.text(9), liftedBy: s.text(10)))
        }
        return rows
    }
}
