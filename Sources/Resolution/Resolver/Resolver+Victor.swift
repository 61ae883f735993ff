/// Victor choice: ranking a cluster's members by the rules' criteria.
extension Resolver {
    /// The members in victor-choice order: the victor first, then the others from most to least
    /// preferred. Each criterion either decides or passes to the next; `lowest_id` closes the list.
    ///
    /// - Complexity: O(*n* log *n*) comparisons for *n* members.
    func ranked(_ members: [ClusterMember]) -> [ClusterMember] {
        let order = rules.effectiveVictorOrder
        return members.sorted { a, b in
            for criterion in order {
                let p = Resolver.preference(criterion, a, b)
                if p != 0 { return p < 0 }
            }
            return false
        }
    }

    /// Which of two members a criterion prefers: negative for `a`, positive for `b`, 0 for a tie.
    /// A missing value always loses to a present one.
    static func preference(_ criterion: VictorCriterion, _ a: ClusterMember, _ b: ClusterMember) -> Int {
        switch criterion {
        case .mostReservations:
            return preferLarger(a.fields.reservationCount, b.fields.reservationCount)
        case .latestVisit:
            return Timestamp.preference(a.fields.lastVisit, b.fields.lastVisit, preferLater: true)
        case .oldestCreated:
            return Timestamp.preference(a.fields.createdAt, b.fields.createdAt, preferLater: false)
        case .newestUpdated:
            return Timestamp.preference(a.fields.updatedAt, b.fields.updatedAt, preferLater: true)
        case .mostComplete:
            return preferLarger(completeness(a), completeness(b))
        case .lowestID:
            return compareIDs(a.id, b.id)
        }
    }

    /// How many of the mapped fields a person would fill in carry a value: first and last name,
    /// their readings, company, birthday, at least one phone, at least one email (0...8).
    static func completeness(_ m: ClusterMember) -> Int {
        let f = m.fields
        let texts = [f.firstName, f.lastName, f.firstNameReading, f.lastNameReading, f.companyName, f.birthday]
        var n = texts.reduce(0) { $0 + (isBlank($1) ? 0 : 1) }
        if !f.phones.isEmpty { n += 1 }
        if !f.emails.isEmpty { n += 1 }
        return n
    }

    private static func preferLarger(_ a: Int?, _ b: Int?) -> Int {
        switch (a, b) {
        case (nil, nil): return 0
        case (.some, nil): return -1
        case (nil, .some): return 1
        case let (x?, y?): return x == y ? 0 : (x > y ? -1 : 1)
        }
    }

    /// Orders ids so that the lower one comes first: numerically when both are decimal, else by
    /// UTF-8 bytes (which orders same-length lower-case hex ObjectIds by their creation time).
    static func compareIDs(_ a: String, _ b: String) -> Int {
        if a == b { return 0 }
        let da = a.utf8, db = b.utf8
        if da.allSatisfy(isDigit), db.allSatisfy(isDigit) {
            let ta = da.drop { $0 == UInt8(ascii: "0") }, tb = db.drop { $0 == UInt8(ascii: "0") }
            if ta.count != tb.count { return ta.count < tb.count ? -1 : 1 }
            if !ta.elementsEqual(tb) { return ta.lexicographicallyPrecedes(tb) ? -1 : 1 }
        }
        return da.lexicographicallyPrecedes(db) ? -1 : 1
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    static func isBlank(_ s: String?) -> Bool {
        guard let s else { return true }
        return s.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
