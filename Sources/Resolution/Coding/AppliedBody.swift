import CRMModel

/// Whether a customer, fetched after a PUT, holds what the PUT sent: how `apply` verifies a
/// merge, one definition beside the resolver that writes the body.
///
/// - Plain fields must equal what was sent.
/// - `phones` / `emails`: with the overwrite flag the stored list must be the sent one; without
///   it (the API appends) it must contain every sent value. Compared without case.
/// - Other lists of strings (`tags`) must contain every sent value, whatever the server's
///   reading of a list sent whole (replace or append).
/// - Lists of objects (`addresses`, `events`): each new object (no id) must be on the customer
///   with the sent fields (the server adds an id); an object sent with an id and `_destroy`
///   must be gone; one sent with an id must carry the sent fields.
public enum AppliedBody {
    public static func problems(on customer: JSONObject, sent body: JSONObject) -> [String] {
        var problems: [String] = []
        for member in body where member.key != "merge_customer_ids" && !member.key.hasPrefix("overwrite_") {
            let key = member.key
            let overwrite = body["overwrite_\(key)"] == .bool(true)
            guard case .array(let sentItems) = member.value else {
                if customer[key] != member.value {
                    let held = customer[key].map { $0.serialized() } ?? "nothing"
                    problems.append("\(key) is \(held) where \(member.value.serialized()) was sent")
                }
                continue
            }
            let heldItems = customer[key]?.arrayValue ?? []
            let sentStrings = sentItems.compactMap(\.scalarText)
            if sentStrings.count == sentItems.count {
                let sent = Set(sentStrings.map { $0.lowercased() })
                let held = Set(heldItems.compactMap(\.scalarText).map { $0.lowercased() })
                let ok = overwrite && (key == "phones" || key == "emails") ? held == sent : sent.isSubset(of: held)
                if !ok { problems.append("\(key) are \(heldItems.compactMap(\.scalarText)) where \(sentStrings) was sent") }
                continue
            }
            let heldObjects = heldItems.compactMap(\.objectValue)
            for case .object(let sent) in sentItems {
                if let problem = objectProblem(sent, in: heldObjects, key: key) { problems.append(problem) }
            }
        }
        return problems
    }

    private static func objectProblem(_ sent: JSONObject, in held: [JSONObject], key: String) -> String? {
        let fields = sent.filter { $0.key != "id" && $0.key != "_destroy" }
        func carries(_ o: JSONObject) -> Bool { fields.allSatisfy { o[$0.key] == $0.value } }
        if let id = sent["id"]?.scalarText {
            let found = held.first { $0["id"]?.scalarText == id }
            if sent["_destroy"] == .bool(true) {
                return found == nil ? nil : "\(key) still holds \(id), sent with _destroy"
            }
            guard let found, carries(found) else { return "\(key) has no \(id) with \(JSONValue.object(JSONObject(fields)).serialized())" }
            return nil
        }
        return held.contains(where: carries) ? nil : "\(key) lacks \(JSONValue.object(sent).serialized()), which was sent"
    }
}
