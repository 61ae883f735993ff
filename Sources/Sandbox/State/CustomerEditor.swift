import CRMModel

/// Applies a PUT body to one customer, all or nothing: the result is returned, and nothing is
/// stored when a part of the body is refused.
///
/// Plain fields replace; nested arrays go through ``NestedListEditor``; `id`, `created_at`,
/// `updated_at` and `merged_customer_ids` belong to the server and are ignored;
/// `merge_customer_ids` and the overwrite flags are read by the caller and this editor.
struct CustomerEditor {
    static let serverOwned: Set<String> = ["id", "created_at", "updated_at", "merged_customer_ids", "merge_customer_ids"]

    static func apply(_ body: JSONObject, to record: JSONObject, ids: inout ObjectIDs,
                      clock: inout SandboxClock) throws(APIFailure) -> JSONObject {
        var record = record
        for member in body {
            let key = member.key
            if serverOwned.contains(key) || (key.hasPrefix("overwrite_") && NestedKind.forBodyKey(String(key.dropFirst(10))) != nil) {
                continue
            }
            if let kind = NestedKind.forBodyKey(key) {
                guard case .array(let items) = member.value else {
                    throw .validation("\(key) must be an array")
                }
                let overwrite = body[kind.overwriteFlag] == .bool(true)
                let edited = try NestedListEditor(kind: kind).apply(
                    items, overwrite: overwrite, to: CustomerShape.objects(of: kind, in: record), ids: &ids, clock: &clock)
                CustomerShape.setObjects(edited, of: kind, in: &record)
            } else if key == "phone_objects" || key == "email_objects" {
                throw .validation("\(key) is read-only: send phones / emails instead")
            } else {
                record[key] = member.value
            }
        }
        // An overwrite flag without its array empties the list (an explicit "no phones").
        for kind in NestedKind.all where body[kind.overwriteFlag] == .bool(true) && body[kind.bodyKey] == nil {
            CustomerShape.setObjects([], of: kind, in: &record)
        }
        record["updated_at"] = .string(clock.next())
        return record
    }
}
