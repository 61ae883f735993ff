/// Reads one base's overlay key by key, with its statements prepared once: `match` asks a few
/// dozen keys per record, and preparing each query again would cost more than answering it.
/// Lives no longer than the ``CustomerStore`` that made it (see ``CustomerStore/matchOverlayLookup(baseRunID:)``).
public final class MatchOverlayLookup {
    private let keys: SQLiteStatement
    private let stale: SQLiteStatement

    init(keys: SQLiteStatement, stale: SQLiteStatement) {
        self.keys = keys
        self.stale = stale
    }

    /// The overlay's rows under `key` of rule `rule` (both signs).
    public func rows(rule: Int, key: UInt64) throws(StoreError) -> [MatchOverlayKeyRow] {
        defer { keys.reset() }
        try keys.bind(Int64(rule), at: 2)
        try keys.bind(Int64(bitPattern: key), at: 3)
        var out: [MatchOverlayKeyRow] = []
        while try keys.step() {
            out.append(MatchOverlayKeyRow(rule: rule, key: key, customerID: keys.text(0) ?? "", entries: Int(keys.int64(1))))
        }
        return out
    }

    /// Whether customer `id` changed or is gone since the base (its entries in the index are stale).
    public func isStale(_ id: String) throws(StoreError) -> Bool {
        defer { stale.reset() }
        try stale.bind(id, at: 2)
        return try stale.step()
    }
}
