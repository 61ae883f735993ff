/// Review lists answered from SQLite: a page of clusters by queue, filters, search and order,
/// after a cursor (keyset pagination over the indexes of `StoreSchema+ReviewQueue`), and the
/// progress of a queue.
///
/// Nothing here holds more than one page: the review server's memory does not grow with the
/// number of clusters.
extension CustomerStore {
    /// A page of clusters of run `runID` for `query`, in its order.
    ///
    /// - Parameter availableTo: when set, clusters held by another browser's live lease are
    ///   left out (what the review queue hands out); a lease of this holder does not count.
    /// - Parameter now: the time leases are compared with (ISO 8601 UTC); nil means now.
    public func reviewList(runID: Int64, _ query: ReviewListQuery, availableTo holder: String? = nil,
                           now: String? = nil) throws(StoreError) -> [ReviewListRow] {
        let time: String
        if let now { time = now } else { time = try db.now() }
        let audit = try auditTable()
        if query.queue == .audit && audit == nil { return [] }
        var matching: [Int]?
        if let prefixes = query.searchPrefixes {
            matching = try reviewSearchClusterIDs(runID: runID, prefixes: prefixes)
            if matching?.isEmpty == true { return [] }
        }
        var sql = ReviewListSQL(runID: runID, now: time,
                                branches: try carriedBranches(runID: runID, run: "?1", alias: "c", .clusters))
        sql.select(query: query, audit: audit, matching: matching)
        if let holder { sql.availableTo(holder) }
        if let after = query.after {
            guard let anchor = try keysetAnchor(runID: runID, clusterID: after, query: query, audit: audit) else { return [] }
            sql.after(anchor, sort: query.queue == .audit ? nil : query.sort)
        }
        sql.order(query.queue == .audit ? nil : query.sort, limit: max(1, min(query.limit, 500)))
        let statement = try db.prepare(sql.text)
        try sql.bind(statement)
        var rows: [ReviewListRow] = []
        while try statement.step() {
            let cluster = ClusterRow(clusterID: Int(statement.int64(0)), franchiseID: statement.text(1),
                                     confidence: statement.double(2), matchWeight: statement.double(3),
                                     autoMerge: statement.int64(4) != 0, size: Int(statement.int64(5)),
                                     victorID: statement.text(6) ?? "", payload: statement.text(7) ?? "", members: [])
            var lease: ReviewLease?
            if let leaseHolder = statement.text(8) {
                lease = ReviewLease(clusterID: cluster.clusterID, holder: leaseHolder, reviewer: statement.text(9) ?? "",
                                    expiresAt: statement.text(10) ?? "")
            }
            rows.append(ReviewListRow(cluster: cluster, lease: lease))
        }
        return rows
    }

    /// How many clusters `queue` holds, and how many of them are decided and held.
    public func reviewProgress(runID: Int64, queue: ReviewQueueKind) throws(StoreError) -> ReviewProgress {
        let audit = try auditTable()
        if queue == .audit && audit == nil { return ReviewProgress(total: 0, decided: 0, approved: 0, rejected: 0, leased: 0) }
        let scope: String
        switch queue {
        case .review: scope = "c.auto_merge = 0"
        case .auto: scope = "c.auto_merge = 1"
        case .all: scope = "1"
        case .audit:
            scope = "c.cluster_id IN (SELECT cluster_id FROM \(audit!.table) WHERE run_id = ?1)"
        }
        let branches = try carriedBranches(runID: runID, run: "?1", alias: "c", .clusters)
        let total = try db.prepare("SELECT sum(n) FROM (" + unionOfBranches(branches) {
            "SELECT count(*) AS n FROM clusters c WHERE \($0) AND \(scope)"
        } + ")")
        try total.bind(runID, at: 1)
        _ = try total.step()
        // Decisions and leases are the run's own rows, made on its own or its carried clusters.
        let inScope = "EXISTS (" + unionOfBranches(branches) {
            "SELECT 1 FROM clusters c WHERE \($0) AND c.cluster_id = held.cluster_id AND \(scope)"
        } + ")"
        let decisions = try db.prepare("""
            SELECT held.decision, count(*) FROM decisions held
            WHERE held.run_id = ?1 AND \(inScope) GROUP BY held.decision
            """)
        try decisions.bind(runID, at: 1)
        var approved = 0, rejected = 0
        while try decisions.step() {
            switch decisions.text(0) {
            case "approved": approved = Int(decisions.int64(1))
            case "rejected": rejected = Int(decisions.int64(1))
            default: break
            }
        }
        let leases = try db.prepare("""
            SELECT count(*) FROM review_leases held
            WHERE held.run_id = ?1 AND held.expires_at > ?2 AND \(inScope)
            """)
        try leases.bind(runID, at: 1)
        try leases.bind(try db.now(), at: 2)
        _ = try leases.step()
        return ReviewProgress(total: Int(total.int64(0)), decided: approved + rejected, approved: approved,
                              rejected: rejected, leased: Int(leases.int64(0)))
    }

    /// The franchise ids of a run's clusters, sorted ("" for clusters without one).
    ///
    /// One index seek per franchise and band (the franchise index, `min(franchise_id) > last`),
    /// not a scan of every cluster: the page asks for this when it opens.
    public func clusterFranchises(runID: Int64) throws(StoreError) -> [String] {
        var found: Set<String> = []
        for branch in try carriedBranches(runID: runID, run: "?1", alias: "c", .clusters) {
            let none = try db.prepare(
                "SELECT 1 FROM clusters c WHERE \(branch) AND auto_merge = ?2 AND franchise_id IS NULL LIMIT 1")
            let next = try db.prepare(
                "SELECT min(franchise_id) FROM clusters c WHERE \(branch) AND auto_merge = ?2 AND franchise_id > ?3")
            for band in [Int64(0), 1] {
                try none.bind(runID, at: 1)
                try none.bind(band, at: 2)
                if try none.step() { found.insert("") }
                none.reset()
                var last = ""
                while true {
                    try next.bind(runID, at: 1)
                    try next.bind(band, at: 2)
                    try next.bind(last, at: 3)
                    guard try next.step(), let franchise = next.text(0) else { next.reset(); break }
                    next.reset()
                    found.insert(franchise)
                    last = franchise
                }
            }
        }
        return found.sorted()
    }

    /// The most clusters one search considers: a query that matches more (two letters of a
    /// common name) is too broad to review from anyway; the page asks for more letters.
    public static let reviewSearchLimit = 10_000

    /// The clusters of run `runID` with a search key starting with one of `prefixes`, at most
    /// ``reviewSearchLimit``.
    public func reviewSearchClusterIDs(runID: Int64, prefixes: [String]) throws(StoreError) -> [Int] {
        let prefixes = prefixes.filter { !$0.isEmpty }
        guard !prefixes.isEmpty else { return [] }
        // One range scan of the key index per prefix: an OR of ranges under one `run_id = ?`
        // is not split into index lookups by SQLite, and scans every key instead.
        let ranges = prefixes.indices.map { k in
            "SELECT cluster_id FROM review_search_keys WHERE run_id = ?1 AND key >= ?\(2 * k + 2) AND key < ?\(2 * k + 3)"
        }
        let statement = try db.prepare("\(ranges.joined(separator: " UNION ")) LIMIT \(Self.reviewSearchLimit)")
        try statement.bind(runID, at: 1)
        for (k, prefix) in prefixes.enumerated() {
            try statement.bind(prefix, at: Int32(2 * k + 2))
            try statement.bind(prefix + "\u{10FFFF}", at: Int32(2 * k + 3))
        }
        var ids: [Int] = []
        while try statement.step() { ids.append(Int(statement.int64(0))) }
        return ids
    }

    // MARK: Helpers

    /// The audit sample table (`audit_samples`, written by `tcdedupe audit`) and the column
    /// that orders it, or nil when no audit was ever drawn into this database.
    func auditTable() throws(StoreError) -> (table: String, order: String)? {
        let columns = try db.prepare("SELECT name FROM pragma_table_info('audit_samples')")
        var names: Set<String> = []
        while try columns.step() { names.insert(columns.text(0) ?? "") }
        guard names.contains("run_id"), names.contains("cluster_id") else { return nil }
        return ("audit_samples", names.contains("position") ? "position" : "cluster_id")
    }

    /// The sort values of the cursor's cluster, or nil when it is not in the run.
    private func keysetAnchor(runID: Int64, clusterID: Int, query: ReviewListQuery,
                              audit: (table: String, order: String)?) throws(StoreError) -> ReviewListSQL.Anchor? {
        let position = query.queue == .audit && audit != nil
            ? "(SELECT \(audit!.order) FROM \(audit!.table) a WHERE a.run_id = ?1 AND a.cluster_id = ?2)" : "NULL"
        let statement = try db.prepare(unionOfBranches(try carriedBranches(runID: runID, run: "?1", alias: "c", .clusters)) {
            "SELECT confidence, size, franchise_id, \(position) FROM clusters c WHERE \($0) AND cluster_id = ?2"
        })
        try statement.bind(runID, at: 1)
        try statement.bind(Int64(clusterID), at: 2)
        guard try statement.step() else { return nil }
        return ReviewListSQL.Anchor(clusterID: clusterID, confidence: statement.double(0), size: statement.int64(1),
                                    franchise: statement.text(2), position: statement.isNull(3) ? nil : statement.int64(3))
    }
}
