/// The results of a run: suggested merges (clusters and their members) and scored pairs.
extension CustomerStore {
    /// Stores the clusters of a run with their members, in one transaction.
    ///
    /// - Throws: ``StoreError`` `.constraint` when the run does not exist or a cluster id repeats.
    public func insertClusters(runID: Int64, _ clusters: [ClusterRow]) throws(StoreError) {
        guard !clusters.isEmpty else { return }
        try requireRun(runID)
        let cluster = try db.prepare("""
            INSERT INTO clusters (run_id, cluster_id, franchise_id, confidence, match_weight, auto_merge, size, victor_id, payload,
                                  cluster_key)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            """)
        let member = try db.prepare(
            "INSERT INTO cluster_members (run_id, cluster_id, customer_id, role) VALUES (?1, ?2, ?3, ?4)")
        try db.transaction { () throws(StoreError) in
            for row in clusters {
                try cluster.bind(runID, at: 1)
                try cluster.bind(Int64(row.clusterID), at: 2)
                try cluster.bind(row.franchiseID, at: 3)
                try cluster.bind(row.confidence, at: 4)
                try cluster.bind(row.matchWeight, at: 5)
                try cluster.bind(Int64(row.autoMerge ? 1 : 0), at: 6)
                try cluster.bind(Int64(row.size), at: 7)
                try cluster.bind(row.victorID, at: 8)
                try cluster.bind(row.payload, at: 9)
                try cluster.bind(row.clusterKey, at: 10)
                try cluster.step()
                cluster.reset()
                for m in row.members {
                    try member.bind(runID, at: 1)
                    try member.bind(Int64(row.clusterID), at: 2)
                    try member.bind(m.customerID, at: 3)
                    try member.bind(m.role, at: 4)
                    try member.step()
                    member.reset()
                }
            }
        }
    }

    /// The clusters of a run with confidence at or above `minConfidence`, most confident first
    /// (ties by cluster id), each with its members in stored order (carried ones included).
    public func clusters(runID: Int64, minConfidence: Double = 0) throws(StoreError) -> [ClusterRow] {
        let key = try clusterKeyColumn()
        let statement = try db.prepare(unionOfBranches(try carriedBranches(runID: runID, run: "?1", alias: "c", .clusters)) {
            """
            SELECT cluster_id, franchise_id, confidence, match_weight, auto_merge, size, victor_id, payload, \(key)
            FROM clusters c WHERE \($0) AND confidence >= ?2
            """
        } + " ORDER BY confidence DESC, cluster_id")
        try statement.bind(runID, at: 1)
        try statement.bind(minConfidence, at: 2)
        var rows: [ClusterRow] = []
        while try statement.step() { rows.append(clusterRow(statement)) }
        guard !rows.isEmpty else { return rows }
        let members = try membersByCluster(runID: runID)
        for i in rows.indices { rows[i].members = members[rows[i].clusterID] ?? [] }
        return rows
    }

    /// One cluster of a run, or nil when there is no such cluster.
    public func cluster(runID: Int64, clusterID: Int) throws(StoreError) -> ClusterRow? {
        let key = try clusterKeyColumn()
        let statement = try db.prepare(unionOfBranches(try carriedBranches(runID: runID, run: "?1", alias: "c", .clusters)) {
            """
            SELECT cluster_id, franchise_id, confidence, match_weight, auto_merge, size, victor_id, payload, \(key), c.run_id
            FROM clusters c WHERE \($0) AND cluster_id = ?2
            """
        })
        try statement.bind(runID, at: 1)
        try statement.bind(Int64(clusterID), at: 2)
        guard try statement.step() else { return nil }
        var row = clusterRow(statement)
        // The members are stored under the run that stored the cluster (this run or its base).
        let owner = statement.int64(9)
        let members = try db.prepare(
            "SELECT customer_id, role FROM cluster_members WHERE run_id = ?1 AND cluster_id = ?2 ORDER BY rowid")
        try members.bind(owner, at: 1)
        try members.bind(Int64(clusterID), at: 2)
        while try members.step() {
            row.members.append(ClusterMemberRow(customerID: members.text(0) ?? "", role: members.text(1) ?? ""))
        }
        return row
    }

    /// The ids of the clusters of a run that hold `customerID` (through the customer index).
    public func clusterIDs(runID: Int64, containing customerID: String) throws(StoreError) -> [Int] {
        let statement = try db.prepare(unionOfBranches(try carriedBranches(runID: runID, run: "?2", alias: "m", .clusters)) {
            "SELECT cluster_id FROM cluster_members m WHERE customer_id = ?1 AND \($0)"
        } + " ORDER BY cluster_id")
        try statement.bind(customerID, at: 1)
        try statement.bind(runID, at: 2)
        var ids: [Int] = []
        while try statement.step() {
            let id = Int(statement.int64(0))
            if ids.last != id { ids.append(id) }
        }
        return ids
    }

    /// Stores the scored pairs of a run, in one transaction.
    public func insertPairs(runID: Int64, _ pairs: [PairRow]) throws(StoreError) {
        guard !pairs.isEmpty else { return }
        try requireRun(runID)
        let statement = try db.prepare(
            "INSERT INTO pairs (run_id, a, b, probability, match_weight) VALUES (?1, ?2, ?3, ?4, ?5)")
        try db.transaction { () throws(StoreError) in
            for pair in pairs {
                try statement.bind(runID, at: 1)
                try statement.bind(pair.a, at: 2)
                try statement.bind(pair.b, at: 3)
                try statement.bind(pair.probability, at: 4)
                try statement.bind(pair.matchWeight, at: 5)
                try statement.step()
                statement.reset()
            }
        }
    }

    /// The scored pairs of a run, in the order they were stored: for an incremental run, those
    /// it carries from its base first, then its own.
    public func pairs(runID: Int64) throws(StoreError) -> [PairRow] {
        var out: [PairRow] = []
        for branch in try carriedBranches(runID: runID, run: "?1", alias: "p", .pairs).reversed() {
            let statement = try db.prepare(
                "SELECT a, b, probability, match_weight FROM pairs p WHERE \(branch) ORDER BY rowid")
            try statement.bind(runID, at: 1)
            while try statement.step() {
                out.append(PairRow(a: statement.text(0) ?? "", b: statement.text(1) ?? "",
                                   probability: statement.double(2), matchWeight: statement.double(3)))
            }
        }
        return out
    }

    // MARK: Helpers

    private func clusterRow(_ s: SQLiteStatement) -> ClusterRow {
        ClusterRow(clusterID: Int(s.int64(0)), franchiseID: s.text(1), confidence: s.double(2),
                   matchWeight: s.double(3), autoMerge: s.int64(4) != 0, size: Int(s.int64(5)),
                   victorID: s.text(6) ?? "", payload: s.text(7) ?? "", members: [], clusterKey: s.text(8))
    }

    /// Members by cluster, each cluster's in stored order (a cluster's members all sit in one
    /// branch: the run's own rows or its base's).
    private func membersByCluster(runID: Int64) throws(StoreError) -> [Int: [ClusterMemberRow]] {
        var out: [Int: [ClusterMemberRow]] = [:]
        for branch in try carriedBranches(runID: runID, run: "?1", alias: "m", .clusters) {
            let statement = try db.prepare(
                "SELECT cluster_id, customer_id, role FROM cluster_members m WHERE \(branch) ORDER BY rowid")
            try statement.bind(runID, at: 1)
            while try statement.step() {
                out[Int(statement.int64(0)), default: []].append(
                    ClusterMemberRow(customerID: statement.text(1) ?? "", role: statement.text(2) ?? ""))
            }
        }
        return out
    }

    /// A clear error for an unknown run, instead of SQLite's "FOREIGN KEY constraint failed".
    private func requireRun(_ runID: Int64) throws(StoreError) {
        let statement = try db.prepare("SELECT 1 FROM runs WHERE id = ?1")
        try statement.bind(runID, at: 1)
        guard try statement.step() else { throw unknownRun(runID) }
    }
}
