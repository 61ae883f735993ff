import Store

/// Which clusters of two runs share customers, and how many: a sort-merge join of the two
/// runs' members, both read in customer id order (``CustomerStore/memberCursor(runID:)``).
///
/// Memory is a few numbers per cluster and per shared pair of clusters, never per customer:
/// at 1.65M customers (365k clusters a run) the members stream past and are not kept.
struct MemberOverlap {
    /// Members per cluster index, of the older and the newer run (counted here, from the
    /// members themselves, not from the stored size).
    var beforeMembers: [Int32]
    var afterMembers: [Int32]
    /// Customers shared by a cluster of the older run and one of the newer: key
    /// ``key(_:_:)``.
    var shared: [UInt64: Int32] = [:]

    static func key(_ before: Int32, _ after: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: before)) << 32 | UInt64(UInt32(bitPattern: after))
    }

    /// Walks both runs' members side by side. A member whose cluster has no outline (a damaged
    /// store) is skipped rather than counted somewhere wrong.
    static func scan(_ store: CustomerStore, before: RunClusters, after: RunClusters) throws -> MemberOverlap {
        var overlap = MemberOverlap(beforeMembers: Array(repeating: 0, count: before.count),
                                    afterMembers: Array(repeating: 0, count: after.count))
        let older = try store.memberCursor(runID: before.runID)
        let newer = try store.memberCursor(runID: after.runID)
        var a = try older.next(), b = try newer.next()
        while a != nil || b != nil {
            let order: Int
            if let a, let b { order = compareBytes(a.customerID, b.customerID) } else { order = a == nil ? 1 : -1 }
            var beforeIndex: Int32?, afterIndex: Int32?
            if order <= 0, let member = a {
                beforeIndex = before.indexByID[member.clusterID]
                if let beforeIndex { overlap.beforeMembers[Int(beforeIndex)] += 1 }
                a = try older.next()
            }
            if order >= 0, let member = b {
                afterIndex = after.indexByID[member.clusterID]
                if let afterIndex { overlap.afterMembers[Int(afterIndex)] += 1 }
                b = try newer.next()
            }
            if let beforeIndex, let afterIndex { overlap.shared[key(beforeIndex, afterIndex), default: 0] += 1 }
        }
        return overlap
    }

    /// Compares two ids the way SQLite's BINARY collation orders them (their UTF-8 bytes), so
    /// the join agrees with the `ORDER BY` that fed it; Swift's own `<` compares by Unicode
    /// rules and could disagree on text that is not normalised.
    static func compareBytes(_ a: String, _ b: String) -> Int {
        for (x, y) in zip(a.utf8, b.utf8) where x != y { return x < y ? -1 : 1 }
        let (m, n) = (a.utf8.count, b.utf8.count)
        return m == n ? 0 : (m < n ? -1 : 1)
    }
}
