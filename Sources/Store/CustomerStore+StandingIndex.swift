import CSQLite

/// The standing index's tables: blobs in, blobs out (their layout is `StandingIndex`'s).
extension CustomerStore {
    /// Starts the index of a run: deletes every index row (only the latest run keeps an index,
    /// and rows of an index cut short by a crash go too). The header comes last
    /// (``finishStandingIndex(_:)``).
    public func beginStandingIndex() throws(StoreError) {
        try db.transaction { () throws(StoreError) in
            for table in ["standing_index", "standing_index_chunks", "standing_index_customers", "standing_index_rules"] {
                try db.execute("DELETE FROM \(table)")
            }
        }
    }

    /// Stores the header once every rule and customer chunk is stored: from now on readers see the index.
    public func finishStandingIndex(_ header: StandingIndexHeaderRow) throws(StoreError) {
        let statement = try db.prepare("""
            INSERT INTO standing_index (run_id, format, records, created_at, learned, statistics)
            VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?4, ?5)
            """)
        try statement.bind(header.runID, at: 1)
        try statement.bind(Int64(header.format), at: 2)
        try statement.bind(Int64(header.records), at: 3)
        try statement.bind(header.learned, at: 4)
        try statement.bindBlob(header.statistics, at: 5)
        try statement.step()
    }

    /// Stores one rule's directory and its chunks of entries (`chunks[k]` is chunk `k`).
    public func insertStandingIndexRule(runID: Int64, _ rule: StandingIndexRuleRow, chunks: [[UInt8]]) throws(StoreError) {
        try db.transaction { () throws(StoreError) in
            let header = try db.prepare("""
                INSERT INTO standing_index_rules (run_id, rule, name, maximum_block_size, entries, directory)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                """)
            try header.bind(runID, at: 1)
            try header.bind(Int64(rule.rule), at: 2)
            try header.bind(rule.name, at: 3)
            try header.bind(Int64(rule.maximumBlockSize), at: 4)
            try header.bind(Int64(rule.entries), at: 5)
            try header.bindBlob(rule.directory, at: 6)
            try header.step()
            let statement = try db.prepare("INSERT INTO standing_index_chunks (run_id, rule, chunk, entries) VALUES (?1, ?2, ?3, ?4)")
            try statement.bind(runID, at: 1)
            try statement.bind(Int64(rule.rule), at: 2)
            for (k, chunk) in chunks.enumerated() {
                try statement.bind(Int64(k), at: 3)
                try statement.bindBlob(chunk, at: 4)
                try statement.step()
                statement.reset()
            }
        }
    }

    /// Stores the chunks of customer ids (`chunks[k]` is chunk `k`).
    public func insertStandingIndexCustomers(runID: Int64, chunks: [[UInt8]]) throws(StoreError) {
        try db.transaction { () throws(StoreError) in
            let statement = try db.prepare("INSERT INTO standing_index_customers (run_id, chunk, ids) VALUES (?1, ?2, ?3)")
            try statement.bind(runID, at: 1)
            for (k, chunk) in chunks.enumerated() {
                try statement.bind(Int64(k), at: 2)
                try statement.bindBlob(chunk, at: 3)
                try statement.step()
                statement.reset()
            }
        }
    }

    /// Whether this store has the standing index's tables (a read-only store opened with an
    /// older schema has not).
    public func hasStandingIndexTables() throws(StoreError) -> Bool {
        try db.scalarInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'standing_index'") ?? 0 > 0
    }

    /// The runs that have a standing index, newest first.
    public func standingIndexRunIDs() throws(StoreError) -> [Int64] {
        guard try hasStandingIndexTables() else { return [] }
        let statement = try db.prepare("SELECT run_id FROM standing_index ORDER BY run_id DESC")
        var ids: [Int64] = []
        while try statement.step() { ids.append(statement.int64(0)) }
        return ids
    }

    /// The header of `runID`'s index, or nil when it has none.
    public func standingIndexHeader(runID: Int64) throws(StoreError) -> StandingIndexHeaderRow? {
        guard try hasStandingIndexTables() else { return nil }
        let statement = try db.prepare("SELECT format, records, created_at, learned, statistics FROM standing_index WHERE run_id = ?1")
        try statement.bind(runID, at: 1)
        guard try statement.step() else { return nil }
        return StandingIndexHeaderRow(runID: runID, format: Int(statement.int64(0)), records: Int(statement.int64(1)),
                                      createdAt: statement.text(2) ?? "", learned: statement.text(3) ?? "",
                                      statistics: statement.blob(4))
    }

    /// The rules of `runID`'s index, by rule index.
    public func standingIndexRules(runID: Int64) throws(StoreError) -> [StandingIndexRuleRow] {
        let statement = try db.prepare("""
            SELECT rule, name, maximum_block_size, entries, directory FROM standing_index_rules WHERE run_id = ?1 ORDER BY rule
            """)
        try statement.bind(runID, at: 1)
        var rows: [StandingIndexRuleRow] = []
        while try statement.step() {
            rows.append(StandingIndexRuleRow(rule: Int(statement.int64(0)), name: statement.text(1) ?? "",
                                             maximumBlockSize: Int(statement.int64(2)), entries: Int(statement.int64(3)),
                                             directory: statement.blob(4)))
        }
        return rows
    }

    /// Chunk `chunk` of rule `rule`'s entries, or nil when there is no such chunk.
    public func standingIndexChunk(runID: Int64, rule: Int, chunk: Int) throws(StoreError) -> [UInt8]? {
        let statement = try db.prepare("SELECT entries FROM standing_index_chunks WHERE run_id = ?1 AND rule = ?2 AND chunk = ?3")
        try statement.bind(runID, at: 1)
        try statement.bind(Int64(rule), at: 2)
        try statement.bind(Int64(chunk), at: 3)
        return try statement.step() ? statement.blob(0) : nil
    }

    /// Chunk `chunk` of the customer ids, or nil when there is no such chunk.
    public func standingIndexCustomerChunk(runID: Int64, chunk: Int) throws(StoreError) -> [UInt8]? {
        let statement = try db.prepare("SELECT ids FROM standing_index_customers WHERE run_id = ?1 AND chunk = ?2")
        try statement.bind(runID, at: 1)
        try statement.bind(Int64(chunk), at: 2)
        return try statement.step() ? statement.blob(0) : nil
    }
}
