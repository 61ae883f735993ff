/// Builds the one SELECT of a review list page: filters, the keyset condition after the
/// cursor, and the order, with its parameters bound by position.
///
/// Each order matches an index of `StoreSchema+ReviewQueue` column for column, so SQLite walks
/// the index from the cursor on and stops after `limit` rows. For a run that carries clusters
/// of its base, the SELECT is repeated per branch (``CustomerStore/carriedBranches``) and the
/// compound's ORDER BY merges the branches' index walks, which stop after `limit` rows too.
struct ReviewListSQL {
    /// The cursor cluster's sort values.
    struct Anchor {
        var clusterID: Int
        var confidence: Double
        var size: Int64
        var franchise: String?
        /// Its position in the audit sample.
        var position: Int64?
    }

    enum Value {
        case int(Int64)
        case double(Double)
        case text(String?)
    }

    private(set) var text: String
    private var values: [Value]
    private var conditions: [String] = []
    private var joins = ""
    /// Which rows of `clusters c` are the run's, one condition per branch.
    private let branches: [String]

    /// `?1` is the run, `?2` the time leases are compared with; `branches` pick the run's
    /// clusters (`["c.run_id = ?1"]` for a run that carries none).
    init(runID: Int64, now: String, branches: [String] = ["c.run_id = ?1"]) {
        text = ""
        values = [.int(runID), .text(now)]
        self.branches = branches
    }

    private mutating func parameter(_ value: Value) -> String {
        values.append(value)
        return "?\(values.count)"
    }

    /// - Parameter matching: the clusters a search found (nil: no search). Given as a list of
    ///   ids rather than a subquery: SQLite then reads those clusters by primary key and sorts
    ///   them, where a subquery led it to walk the whole order index testing each cluster.
    mutating func select(query: ReviewListQuery, audit: (table: String, order: String)?, matching: [Int]?) {
        switch query.queue {
        case .review: conditions.append("c.auto_merge = 0")
        case .auto: conditions.append("c.auto_merge = 1")
        case .all: break
        case .audit:
            if let audit {
                joins = " JOIN \(audit.table) a ON a.run_id = ?1 AND a.cluster_id = c.cluster_id"
                auditOrder = "a.\(audit.order)"
            }
        }
        if let low = query.minimumConfidence { conditions.append("c.confidence >= \(parameter(.double(low)))") }
        if let high = query.confidenceBelow { conditions.append("c.confidence < \(parameter(.double(high)))") }
        if let franchise = query.franchise {
            conditions.append(franchise.isEmpty ? "(c.franchise_id IS NULL OR c.franchise_id = '')"
                                                : "c.franchise_id = \(parameter(.text(franchise)))")
        }
        if let size = query.size {
            conditions.append("c.size \(size.orMore ? ">=" : "=") \(parameter(.int(Int64(size.minimum))))")
        }
        let decided = "SELECT 1 FROM decisions d WHERE d.run_id = ?1 AND d.cluster_id = c.cluster_id AND d.decision"
        switch query.decision {
        case .any: break
        case .open: conditions.append("NOT EXISTS (\(decided) IN ('approved', 'rejected'))")
        case .approved: conditions.append("EXISTS (\(decided) = 'approved')")
        case .rejected: conditions.append("EXISTS (\(decided) = 'rejected')")
        case .edited: conditions.append("EXISTS (\(decided) = 'undecided')")
        }
        if let matching {
            conditions.append(matching.isEmpty ? "0" : "c.cluster_id IN (\(matching.map { String($0) }.joined(separator: ",")))")
        }
        if !query.excluded.isEmpty {
            conditions.append("c.cluster_id NOT IN (\(query.excluded.map { String($0) }.joined(separator: ",")))")
        }
    }

    private var auditOrder = "c.cluster_id"

    /// Leaves out clusters another holder's live lease holds.
    mutating func availableTo(_ holder: String) {
        conditions.append("""
            NOT EXISTS (SELECT 1 FROM review_leases h WHERE h.run_id = ?1 AND h.cluster_id = c.cluster_id \
            AND h.expires_at > ?2 AND h.holder <> \(parameter(.text(holder))))
            """)
    }

    /// Strictly after `anchor` in `sort` (nil: the audit sample's order).
    mutating func after(_ anchor: Anchor, sort: ReviewSort?) {
        let id = parameter(.int(Int64(anchor.clusterID)))
        guard let sort else {
            conditions.append("(\(auditOrder), c.cluster_id) > (\(parameter(.int(anchor.position ?? 0))), \(id))")
            return
        }
        let confidence = parameter(.double(anchor.confidence))
        switch sort {
        case .leastConfident:
            conditions.append("(c.confidence, c.cluster_id) > (\(confidence), \(id))")
        case .mostConfident:
            conditions.append("(c.confidence, c.cluster_id) < (\(confidence), \(id))")
        case .biggest:
            let size = parameter(.int(anchor.size))
            conditions.append("(c.size < \(size) OR (c.size = \(size) AND (c.confidence, c.cluster_id) > (\(confidence), \(id))))")
        case .franchise:
            let tail = "(c.confidence, c.cluster_id) > (\(confidence), \(id))"
            if let franchise = anchor.franchise {
                let f = parameter(.text(franchise))
                conditions.append("(c.franchise_id > \(f) OR (c.franchise_id = \(f) AND \(tail)))")
            } else {
                conditions.append("(c.franchise_id IS NOT NULL OR \(tail))")
            }
        case .clusterID:
            conditions.append("c.cluster_id > \(id)")
        }
    }

    /// Finishes the statement: columns, joins, conditions, order and limit.
    mutating func order(_ sort: ReviewSort?, limit: Int) {
        // The columns of `clusters c`; a compound's ORDER BY names its result columns instead.
        let columns: [String]
        switch sort {
        case nil: columns = [auditOrder, "c.cluster_id"]
        case .leastConfident?: columns = ["c.confidence", "c.cluster_id"]
        case .mostConfident?: columns = ["c.confidence DESC", "c.cluster_id DESC"]
        case .biggest?: columns = ["c.size DESC", "c.confidence", "c.cluster_id"]
        case .franchise?: columns = ["c.franchise_id", "c.confidence", "c.cluster_id"]
        case .clusterID?: columns = ["c.cluster_id"]
        }
        let compound = branches.count > 1
        let orderBy = columns.map { column in
            guard compound else { return column }
            if column == auditOrder && sort == nil { return "audit_order" }
            return column.hasPrefix("c.") ? String(column.dropFirst(2)) : column
        }.joined(separator: ", ")
        let limitParameter = parameter(.int(Int64(limit)))
        let selects = branches.map { branch in
            """
            SELECT c.cluster_id AS cluster_id, c.franchise_id AS franchise_id, c.confidence AS confidence, c.match_weight,
                   c.auto_merge, c.size AS size, c.victor_id, c.payload, l.holder, l.reviewer, l.expires_at, \(auditOrder) AS audit_order
            FROM clusters c\(joins)
            LEFT JOIN review_leases l ON l.run_id = ?1 AND l.cluster_id = c.cluster_id AND l.expires_at > ?2
            WHERE \(([branch] + conditions).joined(separator: " AND "))
            """
        }
        text = selects.joined(separator: "\nUNION ALL\n") + "\nORDER BY \(orderBy) LIMIT \(limitParameter)"
    }

    func bind(_ statement: SQLiteStatement) throws(StoreError) {
        for (k, value) in values.enumerated() {
            let index = Int32(k + 1)
            switch value {
            case .int(let v): try statement.bind(v, at: index)
            case .double(let v): try statement.bind(v, at: index)
            case .text(let v): try statement.bind(v, at: index)
            }
        }
    }
}
