import CRMModel

/// Which version of a customer a decision was about, so a later run can tell whether an
/// approval still covers the same records.
///
/// A version is the record's CRM `updated_at` (`updated:…`), which every edit in the CRM moves
/// and a re-export of an unchanged record keeps; a record without one falls back to when the
/// store last wrote it (`stored:…`). A record the store wrote after the run read the base was
/// not what the reviewer saw (`unseen:…`, equal to no later version), and one the store no
/// longer holds is `gone`.
extension CustomerStore {
    /// The versions of `ids` as run `runID` saw them.
    public func memberVersions(_ ids: [String], seenByRun runID: Int64) throws(StoreError) -> [String: String] {
        let runStart = try run(id: runID)?.startedAt
        return try versions(ids) { importedAt in
            if let runStart, let importedAt, importedAt > runStart { return "unseen:\(importedAt)" }
            return nil
        }
    }

    /// The versions of `ids` as the store holds them now.
    public func currentVersions(_ ids: [String]) throws(StoreError) -> [String: String] {
        try versions(ids) { _ in nil }
    }

    private func versions(_ ids: [String], override: (String?) -> String?) throws(StoreError) -> [String: String] {
        let statement = try db.prepare("SELECT updated_at, imported_at FROM customers WHERE id = ?1")
        var out: [String: String] = [:]
        for id in ids {
            try statement.bind(id, at: 1)
            if try statement.step() {
                let updatedAt = statement.text(0), importedAt = statement.text(1)
                if let special = override(importedAt) {
                    out[id] = special
                } else if let updatedAt, !updatedAt.isEmpty {
                    out[id] = "updated:\(updatedAt)"
                } else {
                    out[id] = "stored:\(importedAt ?? "")"
                }
            } else {
                out[id] = "gone"
            }
            statement.reset()
        }
        return out
    }

    /// Versions as a JSON object (keys sorted, so equal maps store equal text).
    static func versionsJSON(_ versions: [String: String]) -> String {
        var object = JSONObject()
        for key in versions.keys.sorted() { object[key] = .string(versions[key]!) }
        return JSONValue.object(object).serialized()
    }

    /// Reads what ``versionsJSON(_:)`` wrote; nil or damaged text reads as no versions (nothing carries).
    static func versions(_ text: String?) -> [String: String] {
        guard let text, let value = try? JSONValue(parsing: text), case .object(let object) = value else { return [:] }
        var out: [String: String] = [:]
        for key in object.keys { if let v = object[key]?.stringValue { out[key] = v } }
        return out
    }
}

extension CustomerStore {
    /// Whether `apply` sent a merge that destroys `customerID` (sent, verified or unverified in the
    /// journal of any run): an approval that was applied is spent, even while the store, not yet
    /// synced, still holds the victim.
    public func wasMergedAway(_ customerID: String) throws(StoreError) -> Bool {
        let statement = try db.prepare("""
            SELECT 1 FROM merge_journal, json_each(merge_journal.victim_ids)
            WHERE state IN ('sent', 'verified', 'unverified') AND json_each.value = ?1 LIMIT 1
            """)
        try statement.bind(customerID, at: 1)
        return try statement.step()
    }
}
