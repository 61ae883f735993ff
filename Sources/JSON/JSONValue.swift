/// A JSON value that keeps everything a CRM export carries.
///
/// Numbers keep their original text so that an id such as `12345678901234567890` or a price
/// `1.10` survives a round trip unchanged, and objects keep their key order so that a snapshot
/// written back reads like what the API sent.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number exactly as written in the source.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

extension JSONValue {
    /// The string, when this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The string or the number's text, when this is either: ids arrive as both.
    public var scalarText: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }

    /// The integer value of a number, or of a string that holds one.
    public var intValue: Int? {
        switch self {
        case .number(let n): return Int(n) ?? Double(n).flatMap { $0.isFinite ? Int(exactly: $0.rounded(.towardZero)) : nil }
        case .string(let s): return Int(s.trimmingSpaces())
        default: return nil
        }
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
