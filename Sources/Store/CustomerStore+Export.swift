/// The export state table, and storing a page of exported customers together with it.
extension CustomerStore {
    /// The current or last export, or nil when this database never exported.
    public func exportState() throws(StoreError) -> ExportState? {
        let statement = try db.prepare("""
            SELECT api_url, search, scroll_id, total_results, pages, received, scroll_received, scrolls_started, started_at, updated_at, finished_at
            FROM export_state WHERE id = 1
            """)
        guard try statement.step() else { return nil }
        return ExportState(
            apiURL: statement.text(0) ?? "", search: statement.text(1) ?? "{}", scrollID: statement.text(2),
            totalResults: statement.isNull(3) ? nil : Int(statement.int64(3)), pages: Int(statement.int64(4)),
            received: Int(statement.int64(5)), receivedInScroll: Int(statement.int64(6)), scrollsStarted: Int(statement.int64(7)),
            startedAt: statement.text(8) ?? "", updatedAt: statement.text(9) ?? "", finishedAt: statement.text(10))
    }

    /// Starts a new export, replacing the state of any earlier one; returns its state.
    public func beginExport(apiURL: String, search: String) throws(StoreError) -> ExportState {
        let now = try db.now()
        let state = ExportState(apiURL: apiURL, search: search, startedAt: now, updatedAt: now)
        try db.transaction { () throws(StoreError) in try save(state) }
        return state
    }

    /// Upserts one page of customers and records the export's new state in the same
    /// transaction: after a crash, the state never claims a page that was not stored.
    @discardableResult
    public func storeExportPage(_ rows: [CustomerRow], state: ExportState) throws(StoreError) -> UpsertCounts {
        let importedAt = try db.now()
        return try db.transaction { () throws(StoreError) -> UpsertCounts in
            let counts = try upsertWithinTransaction(rows, importedAt: importedAt)
            var saved = state
            saved.updatedAt = importedAt
            try save(saved)
            return counts
        }
    }

    /// Records the export's state without customers (a new scroll begun, say).
    public func saveExportState(_ state: ExportState) throws(StoreError) {
        var saved = state
        saved.updatedAt = try db.now()
        try db.transaction { () throws(StoreError) in try save(saved) }
    }

    /// Marks the export finished.
    public func finishExport(_ state: ExportState) throws(StoreError) -> ExportState {
        var finished = state
        let now = try db.now()
        finished.updatedAt = now
        finished.finishedAt = now
        finished.scrollID = nil
        try db.transaction { () throws(StoreError) in try save(finished) }
        return finished
    }

    /// Customers written at or after `timestamp` (an export's start): those the export stored,
    /// each counted once however often it arrived.
    public func customersStored(since timestamp: String) throws(StoreError) -> Int {
        let statement = try db.prepare("SELECT count(*) FROM customers WHERE imported_at >= ?1")
        try statement.bind(timestamp, at: 1)
        _ = try statement.step()
        return Int(statement.int64(0))
    }

    private func save(_ state: ExportState) throws(StoreError) {
        let statement = try db.prepare("""
            INSERT OR REPLACE INTO export_state
                (id, api_url, search, scroll_id, total_results, pages, received, scroll_received, scrolls_started,
                 started_at, updated_at, finished_at)
            VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            """)
        try statement.bind(state.apiURL, at: 1)
        try statement.bind(state.search, at: 2)
        try statement.bind(state.scrollID, at: 3)
        try statement.bind(state.totalResults.map(Int64.init), at: 4)
        try statement.bind(Int64(state.pages), at: 5)
        try statement.bind(Int64(state.received), at: 6)
        try statement.bind(Int64(state.receivedInScroll), at: 7)
        try statement.bind(Int64(state.scrollsStarted), at: 8)
        try statement.bind(state.startedAt, at: 9)
        try statement.bind(state.updatedAt, at: 10)
        try statement.bind(state.finishedAt, at: 11)
        try statement.step()
    }
}
