import CRMModel

/// Keeps a stored customer in the shape the API shows: `phones` and `phone_objects` (and the
/// email pair) holding the same content, every nested object with an id.
enum CustomerShape {
    /// Fills in what a seed record may lack: `phone_objects` from `phones` (or the reverse),
    /// likewise for emails, and `merged_customer_ids`. Values are kept as they came (seed data
    /// may be dirty, as real exports are); only writes are validated.
    static func completed(_ record: JSONObject, ids: inout ObjectIDs) -> JSONObject {
        completed(record) { ids.next() }
    }

    /// The same, with ids for new nested objects from `newID` (seed loading derives them from
    /// the customer's id, so records can be completed on several threads).
    static func completed(_ record: JSONObject, newID: () -> String) -> JSONObject {
        var record = record
        for kind in [NestedKind.phones, NestedKind.emails] {
            guard let stringsKey = kind.stringsKey, let field = kind.valueField else { continue }
            if record[kind.objectsKey]?.arrayValue == nil {
                let strings = record[stringsKey]?.arrayValue?.compactMap(\.stringValue) ?? []
                record[kind.objectsKey] = .array(strings.map { .object(JSONObject([JSONMember(key: "id", value: .string(newID())), JSONMember(key: field, value: .string($0))])) })
            }
            setStrings(of: kind, in: &record)
        }
        if record["merged_customer_ids"] == nil { record["merged_customer_ids"] = .array([]) }
        return record
    }

    /// The objects of a nested kind (empty when absent or malformed).
    static func objects(of kind: NestedKind, in record: JSONObject) -> [JSONObject] {
        record[kind.objectsKey]?.arrayValue?.compactMap(\.objectValue) ?? []
    }

    /// Stores `objects` for `kind`, and the string list beside them for phones and emails.
    static func setObjects(_ objects: [JSONObject], of kind: NestedKind, in record: inout JSONObject) {
        record[kind.objectsKey] = .array(objects.map { .object($0) })
        setStrings(of: kind, in: &record)
    }

    private static func setStrings(of kind: NestedKind, in record: inout JSONObject) {
        guard let stringsKey = kind.stringsKey, let field = kind.valueField else { return }
        let values = objects(of: kind, in: record).compactMap { $0[field]?.stringValue }
        record[stringsKey] = .array(values.map { .string($0) })
    }
}
