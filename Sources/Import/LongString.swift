import CRMModel

/// The first string (value or key) in a record that is longer than a limit.
struct LongString {
    /// UTF-8 bytes of the string.
    var bytes: Int
    /// Where it is, in words: `the value of "first_name"`, `a key in "notes"`.
    var description: String

    /// Depth-first, in key order.
    static func find(in value: JSONValue, limit: Int, key: String? = nil) -> LongString? {
        switch value {
        case .string(let s):
            let n = s.utf8.count
            guard n > limit else { return nil }
            return LongString(bytes: n, description: key.map { "the value of \"\($0)\"" } ?? "a string")
        case .array(let items):
            for item in items {
                if let found = find(in: item, limit: limit, key: key) { return found }
            }
            return nil
        case .object(let object):
            for member in object.members {
                if member.key.utf8.count > limit {
                    return LongString(bytes: member.key.utf8.count, description: "a key" + (key.map { " in \"\($0)\"" } ?? ""))
                }
                if let found = find(in: member.value, limit: limit, key: member.key) { return found }
            }
            return nil
        default:
            return nil
        }
    }
}
