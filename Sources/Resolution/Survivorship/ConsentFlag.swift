import CRMModel

/// A consent or opt-out flag of the customer (`allow_marketing`), and which of its two values
/// restricts what the restaurant may do.
///
/// A merge must never opt a guest back in: when any member holds the restrictive value, the
/// merged customer holds it. Otherwise the victor's value stays as it is, even when it is
/// missing or null and a victim said yes — consent given on one record is not copied onto
/// another that never gave it.
public struct ConsentFlag: Sendable, Hashable {
    /// The top-level JSON field (`allow_marketing`).
    public var field: String
    /// The value that restricts: `false` for an `allow_...` flag, `true` for an opt-out flag.
    public var restrictiveValue: Bool

    public init(field: String, restrictiveValue: Bool) {
        self.field = field
        self.restrictiveValue = restrictiveValue
    }

    /// The flag a stored value states, or nil when it states none (missing, null, unreadable).
    /// Exports are dirty: `"false"`, `"0"`, `0`, `"no"` are read as false, their opposites as true.
    public static func reading(_ value: JSONValue?) -> Bool? {
        guard let value else { return nil }
        switch value {
        case .bool(let b): return b
        case .number(let n): return n == "0" ? false : (n == "1" ? true : nil)
        case .string(let s):
            switch s.trimmingSpaces().lowercased() {
            case "true", "1", "yes", "y", "on": return true
            case "false", "0", "no", "n", "off": return false
            default: return nil
            }
        default: return nil
        }
    }
}
