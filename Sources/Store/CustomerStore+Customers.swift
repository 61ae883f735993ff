/// The customers table: bulk upsert by id and fast streaming reads.
extension CustomerStore {
    static let insertSQL = """
        INSERT INTO customers (id, franchise_id, updated_at, raw, imported_at) VALUES (?1, ?2, ?3, ?4, ?5)
        ON CONFLICT (id) DO NOTHING
        """
    static let updateSQL = """
        UPDATE customers SET franchise_id = ?2, updated_at = ?3, raw = ?4, imported_at = ?5 WHERE id = ?1
        """

    /// Inserts new customers and replaces stored ones with the same id, in one transaction.
    ///
    /// Within a batch, a later row with the same id replaces an earlier one (last wins).
    /// `imported_at` is set to the time of the call.
    ///
    /// Why two statements: `INSERT … DO NOTHING` then, only when the id existed, `UPDATE`. New
    /// ids (the bulk of an import) cost one statement, and the counts of inserted and updated
    /// rows come for free.
    ///
    /// For hundreds of thousands of rows in no particular id order, use ``bulkLoader()``:
    /// rows here go straight into the id-ordered table, a random page each once it outgrows
    /// the page cache.
    ///
    /// - Complexity: O(n log N) for n rows into a table of N.
    @discardableResult
    public func upsertCustomers(_ rows: [CustomerRow]) throws(StoreError) -> UpsertCounts {
        guard !rows.isEmpty else { return UpsertCounts() }
        let importedAt = try db.now()
        return try db.transaction { () throws(StoreError) -> UpsertCounts in
            try upsertWithinTransaction(rows, importedAt: importedAt)
        }
    }

    /// The upsert itself, for callers that hold a transaction (an export stores its state in
    /// the same one).
    func upsertWithinTransaction(_ rows: [CustomerRow], importedAt: String) throws(StoreError) -> UpsertCounts {
        let insert = try db.prepare(Self.insertSQL)
        let update = try db.prepare(Self.updateSQL)
        var counts = UpsertCounts()
        for row in rows {
            try bind(row, importedAt: importedAt, to: insert)
            try insert.step()
            insert.reset()
            if db.changes > 0 {
                counts.inserted += 1
            } else {
                try bind(row, importedAt: importedAt, to: update)
                try update.step()
                update.reset()
                counts.updated += 1
            }
        }
        return counts
    }

    /// The same as ``upsertCustomers(_:)-([CustomerRow])`` for rows given as tuples.
    @discardableResult
    public func upsertCustomers(
        _ batch: [(id: String, franchiseID: String?, updatedAt: String?, raw: String)]
    ) throws(StoreError) -> UpsertCounts {
        try upsertCustomers(batch.map { CustomerRow(id: $0.id, franchiseID: $0.franchiseID, updatedAt: $0.updatedAt, raw: $0.raw) })
    }

    private func bind(_ row: CustomerRow, importedAt: String, to statement: SQLiteStatement) throws(StoreError) {
        try statement.bind(row.id, at: 1)
        try statement.bind(row.franchiseID, at: 2)
        try statement.bind(row.updatedAt, at: 3)
        try statement.bind(row.raw, at: 4)
        try statement.bind(importedAt, at: 5)
    }

    /// How many customers are stored.
    public func customerCount() throws(StoreError) -> Int {
        Int(try db.scalarInt("SELECT count(*) FROM customers") ?? 0)
    }

    /// Calls `body` with the id and the raw JSON bytes of every customer, in id order.
    ///
    /// The bytes live in SQLite's memory and are valid only during that call: parse or copy
    /// them there. Nothing else is held, so this reads any number of customers in constant
    /// memory.
    ///
    /// - Throws: ``StoreError``, or whatever `body` throws (which stops the read).
    public func forEachCustomerRaw(_ body: (String, UnsafeRawBufferPointer) throws -> Void) throws {
        let statement = try db.prepare("SELECT id, raw FROM customers ORDER BY id")
        while try statement.step() {
            try body(statement.text(0) ?? "", statement.bytes(1))
        }
    }

    /// Every customer's id and raw JSON text, in id order (holds them all in memory).
    public func loadCustomersRaw() throws(StoreError) -> [(id: String, raw: String)] {
        let statement = try db.prepare("SELECT id, raw FROM customers ORDER BY id")
        var out: [(id: String, raw: String)] = []
        while try statement.step() {
            out.append((statement.text(0) ?? "", statement.text(1) ?? ""))
        }
        return out
    }

    /// One customer's stored row, or nil when the id is unknown.
    public func customer(id: String) throws(StoreError) -> CustomerRow? {
        let statement = try db.prepare("SELECT id, franchise_id, updated_at, raw FROM customers WHERE id = ?1")
        try statement.bind(id, at: 1)
        guard try statement.step() else { return nil }
        return CustomerRow(id: statement.text(0) ?? "", franchiseID: statement.text(1),
                           updatedAt: statement.text(2), raw: statement.text(3) ?? "")
    }
}

extension CustomerStore {
    /// The ids of customers stored (exported, synced or imported) after `time`, a time as the
    /// store writes them: what changed in the store after a run read it, so that `apply` scores
    /// those clusters again before it merges them.
    public func customerIDs(storedAfter time: String) throws(StoreError) -> Set<String> {
        let statement = try db.prepare("SELECT id FROM customers WHERE imported_at > ?1")
        try statement.bind(time, at: 1)
        var ids = Set<String>()
        while try statement.step() { ids.insert(statement.text(0) ?? "") }
        return ids
    }
}
