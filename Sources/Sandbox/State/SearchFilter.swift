import CRMModel

/// The search parameters of `POST /customer_search` that the sandbox understands.
///
/// Names: exact, case-insensitive. `phone`: a prefix of any phone (`+1206` finds Seattle
/// numbers, as in the published example). `email`: exact, case-insensitive. `has_email`,
/// `has_phone`, `allow_marketing`: booleans. `franchise_id`, `parent_shop_id`: exact.
/// Unknown parameters are refused with 422, so a typo is not silently "everyone".
struct SearchFilter: Sendable {
    private var tests: [@Sendable (JSONObject) -> Bool] = []

    static let known: Set<String> = ["first_name", "last_name", "phone", "email", "has_email", "has_phone",
                                     "allow_marketing", "franchise_id", "parent_shop_id"]

    init(_ body: JSONObject) throws(APIFailure) {
        for member in body {
            let key = member.key
            guard Self.known.contains(key) else {
                throw .validation("unknown search parameter \"\(key)\"; known: \(Self.known.sorted().joined(separator: ", "))")
            }
            switch key {
            case "first_name", "last_name":
                let wanted = (member.value.scalarText ?? "").lowercased()
                tests.append { ($0[key]?.stringValue ?? "").lowercased() == wanted }
            case "franchise_id", "parent_shop_id":
                let wanted = member.value.scalarText ?? ""
                tests.append { $0[key]?.scalarText == wanted }
            case "phone":
                let prefix = member.value.scalarText ?? ""
                tests.append { record in
                    record["phones"]?.arrayValue?.contains { $0.stringValue?.hasPrefix(prefix) ?? false } ?? false
                }
            case "email":
                let wanted = (member.value.scalarText ?? "").lowercased()
                tests.append { record in
                    record["emails"]?.arrayValue?.contains { $0.stringValue?.lowercased() == wanted } ?? false
                }
            case "has_email", "has_phone":
                guard case .bool(let wanted) = member.value else { throw .validation("\(key) must be true or false") }
                let listKey = key == "has_email" ? "emails" : "phones"
                tests.append { !($0[listKey]?.arrayValue?.isEmpty ?? true) == wanted }
            default:   // allow_marketing
                guard case .bool(let wanted) = member.value else { throw .validation("\(key) must be true or false") }
                tests.append { $0[key] == .bool(wanted) }
            }
        }
    }

    func matches(_ record: JSONObject) -> Bool {
        tests.allSatisfy { $0(record) }
    }

    var isEmpty: Bool { tests.isEmpty }
}
