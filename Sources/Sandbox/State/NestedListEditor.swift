import CRMModel

/// Applies one nested array of a PUT body (`phones`, `emails`, `addresses`, ...) to a customer's
/// objects, following the contract:
/// - strings append (phones and emails), or replace everything when the overwrite flag is set;
/// - `{id, number}` (any fields with an id) changes that object;
/// - `{id, _destroy: true}` removes it;
/// - an object without an id is added with a new id;
/// - images: `{image_upload_url}` adds one, `{id, _destroy: true}` removes one, anything else
///   that names an existing image is refused (the API does not update images).
///
/// Overwrite keeps the objects the same body changes by id, and drops the rest first.
/// Every phone written is checked for E.164 (422 otherwise).
struct NestedListEditor {
    let kind: NestedKind

    func apply(_ items: [JSONValue], overwrite: Bool, to objects: [JSONObject],
               ids: inout ObjectIDs, clock: inout SandboxClock) throws(APIFailure) -> [JSONObject] {
        var result = objects
        if overwrite {
            let referenced = Set(items.compactMap { item -> String? in
                guard let o = item.objectValue, o["_destroy"] != .bool(true) else { return nil }
                return o["id"]?.scalarText
            })
            result = result.filter { $0["id"]?.scalarText.map(referenced.contains) ?? false }
        }
        for item in items {
            switch item {
            case .string(let text):
                guard let field = kind.valueField else {
                    throw .validation("\(kind.bodyKey): expected objects, got the string \"\(text)\"")
                }
                let value = try checked(text)
                if !result.contains(where: { $0[field]?.stringValue == value }) {
                    result.append(JSONObject([JSONMember(key: "id", value: .string(ids.next())), JSONMember(key: field, value: .string(value))]))
                }
            case .object(let object):
                try applyObject(object, to: &result, ids: &ids, clock: &clock)
            default:
                throw .validation("\(kind.bodyKey): each item must be \(kind.valueField == nil ? "an object" : "a string or an object")")
            }
        }
        return result
    }

    private func applyObject(_ object: JSONObject, to result: inout [JSONObject], ids: inout ObjectIDs,
                             clock: inout SandboxClock) throws(APIFailure) {
        let destroy = object["_destroy"] == .bool(true)
        if let id = object["id"]?.scalarText {
            guard let index = result.firstIndex(where: { $0["id"]?.scalarText == id }) else {
                throw .validation("\(kind.bodyKey): no item with id \(id) on this customer")
            }
            if destroy {
                result.remove(at: index)
                return
            }
            if kind.isImages {
                throw .validation("images: updating an existing image is not permitted; destroy it and upload a new one")
            }
            var updated = result[index]
            for member in object where member.key != "id" && member.key != "_destroy" {
                updated[member.key] = member.key == kind.valueField ? .string(try checked(member.value.scalarText ?? "")) : member.value
            }
            result[index] = updated
            return
        }
        guard !destroy else { throw .validation("\(kind.bodyKey): _destroy needs the id of the item to remove") }
        if kind.isImages {
            guard let url = object["image_upload_url"]?.stringValue, !url.isEmpty else {
                throw .validation("images: a new image needs an image_upload_url")
            }
            result.append(JSONObject([
                "id": .string(ids.next()), "url": .null, "image_upload_url": .string(url),
                "image_variants": .array([]), "tags": .array([]), "created_at": .string(clock.next()),
            ]))
            return
        }
        var added = JSONObject([JSONMember(key: "id", value: .string(ids.next()))])
        for member in object where member.key != "_destroy" {
            added[member.key] = member.key == kind.valueField ? .string(try checked(member.value.scalarText ?? "")) : member.value
        }
        if let field = kind.valueField, added[field] == nil {
            throw .validation("\(kind.bodyKey): a new item needs \"\(field)\"")
        }
        result.append(added)
    }

    /// The value as stored: phones must be E.164; emails are kept as given (trimmed).
    private func checked(_ text: String) throws(APIFailure) -> String {
        if kind.bodyKey == "phones" { try PhoneRule.check(text) }
        if kind.bodyKey == "emails" && !text.contains("@") {
            throw .validation("emails: \"\(text)\" is not an email address")
        }
        return text
    }
}
