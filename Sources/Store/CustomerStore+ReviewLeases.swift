/// Leases: the review queue hands a cluster to one reviewer's browser at a time.
///
/// A claim runs in one write transaction (`BEGIN IMMEDIATE`), so two browsers claiming at the
/// same moment, even from two `tcdedupe review` processes on one database, are served one after
/// the other and never get the same cluster. A lease lasts `seconds`; a browser that goes away
/// loses its clusters when they expire. Deciding a cluster ends its lease.
extension CustomerStore {
    /// Hands `holder` the first `query.limit` open clusters of the queue that no other holder
    /// has, renewing the leases it already has among them, and returns them in queue order.
    /// `query.after` is ignored: a claim always starts at the head of the queue.
    public func claimReviewClusters(runID: Int64, _ query: ReviewListQuery, holder: String, reviewer: String,
                                    seconds: Int) throws(StoreError) -> [ReviewListRow] {
        var open = query
        open.decision = .open
        open.after = nil
        return try db.transaction { () throws(StoreError) -> [ReviewListRow] in
            let now = try db.now()
            let expired = try db.prepare("DELETE FROM review_leases WHERE run_id = ?1 AND expires_at <= ?2")
            try expired.bind(runID, at: 1)
            try expired.bind(now, at: 2)
            try expired.step()
            // The holder's leases outside this claim (another filter, a skipped cluster) end.
            let mine = try db.prepare("DELETE FROM review_leases WHERE run_id = ?1 AND holder = ?2")
            try mine.bind(runID, at: 1)
            try mine.bind(holder, at: 2)
            try mine.step()
            var rows = try reviewList(runID: runID, open, availableTo: holder, now: now)
            let expiry = try db.prepare("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?1)")
            try expiry.bind("+\(max(1, seconds)) seconds", at: 1)
            _ = try expiry.step()
            let expiresAt = expiry.text(0) ?? now
            let lease = try db.prepare("""
                INSERT OR REPLACE INTO review_leases (run_id, cluster_id, holder, reviewer, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)
                """)
            for k in rows.indices {
                try lease.bind(runID, at: 1)
                try lease.bind(Int64(rows[k].cluster.clusterID), at: 2)
                try lease.bind(holder, at: 3)
                try lease.bind(reviewer, at: 4)
                try lease.bind(expiresAt, at: 5)
                try lease.step()
                lease.reset()
                rows[k].lease = ReviewLease(clusterID: rows[k].cluster.clusterID, holder: holder, reviewer: reviewer,
                                            expiresAt: expiresAt)
            }
            return rows
        }
    }

    /// Ends leases of run `runID`: those of `holder` on `clusterIDs` (all its leases when
    /// nil), or, with no holder, every lease on `clusterIDs` (a decided cluster).
    public func releaseReviewLeases(runID: Int64, holder: String?, clusterIDs: [Int]?) throws(StoreError) {
        var sql = "DELETE FROM review_leases WHERE run_id = ?1"
        if holder != nil { sql += " AND holder = ?2" }
        if let clusterIDs { sql += " AND cluster_id IN (\(clusterIDs.map { String($0) }.joined(separator: ",")))" }
        let statement = try db.prepare(sql)
        try statement.bind(runID, at: 1)
        if let holder { try statement.bind(holder, at: 2) }
        try statement.step()
    }

    /// The live lease on one cluster, if any.
    public func reviewLease(runID: Int64, clusterID: Int) throws(StoreError) -> ReviewLease? {
        let statement = try db.prepare("""
            SELECT holder, reviewer, expires_at FROM review_leases
            WHERE run_id = ?1 AND cluster_id = ?2 AND expires_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            """)
        try statement.bind(runID, at: 1)
        try statement.bind(Int64(clusterID), at: 2)
        guard try statement.step() else { return nil }
        return ReviewLease(clusterID: clusterID, holder: statement.text(0) ?? "", reviewer: statement.text(1) ?? "",
                           expiresAt: statement.text(2) ?? "")
    }
}
