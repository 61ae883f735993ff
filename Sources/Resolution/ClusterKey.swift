/// The key a cluster is known by across runs: the customer id of its oldest member.
///
/// Why the oldest member: a record's `created_at` never changes, and the records that join an
/// existing cluster are almost always new bookings, created after everything already in it, so
/// a growing cluster keeps its key; a run's cluster numbers, by contrast, shift whenever any
/// cluster anywhere appears or goes. The key changes only when the oldest member leaves (merged
/// away as a victim, deleted, split off) or an older record is imported late.
///
/// Order: members with a readable `created_at` before those without (a missing or garbled date
/// says nothing about age), earlier instants first (offsets respected, see `Timestamp`); ties
/// and dateless members by customer id, so the key is the same on every run and machine.
public enum ClusterKey {
    /// The key of a cluster whose members are `members` (id and raw `created_at`).
    ///
    /// - Precondition: `members` is not empty.
    public static func of(_ members: [(id: String, createdAt: String?)]) -> String {
        precondition(!members.isEmpty, "a cluster has members")
        var best = members[0]
        var bestTime = Timestamp(best.createdAt)
        for m in members.dropFirst() {
            let time = Timestamp(m.createdAt)
            if isOlder(time, m.id, than: bestTime, best.id) {
                best = m
                bestTime = time
            }
        }
        return best.id
    }

    private static func isOlder(_ t: Timestamp?, _ id: String, than u: Timestamp?, _ other: String) -> Bool {
        switch (readable(t), readable(u)) {
        case (let a?, let b?): return a != b ? a < b : id < other
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return id < other
        }
    }

    /// Only instants order by age; text that did not parse counts as missing.
    private static func readable(_ t: Timestamp?) -> Timestamp? {
        if case .instant = t { return t }
        return nil
    }
}
