/// A CRM customer as it came from the API or an export file.
///
/// Only `id` is required; everything else stays in `json`, untouched, so that a snapshot or a
/// write-back never loses a field the engine does not know.
public struct Customer: Sendable, Hashable {
    /// The customer's id as text (TableCheck ids are 24-character hex strings; numbers are kept as written).
    public let id: String
    /// The whole object, keys in source order.
    public var json: JSONObject

    /// Wraps an object that carries an `id` (string or number).
    public init(json: JSONObject) throws(CustomerError) {
        guard let idValue = json["id"] else { throw .missingID }
        let id: String
        switch idValue {
        case .string(let s), .number(let s): id = s
        default: throw .invalidID("id must be a string or a number")
        }
        let trimmed = id.trimmingSpaces()
        guard !trimmed.isEmpty else { throw .invalidID("id is empty") }
        guard trimmed.utf8.count <= 128 else { throw .invalidID("id is longer than 128 bytes") }
        self.id = trimmed
        self.json = json
    }

    /// Wraps a parsed JSON value, which must be an object with an id.
    public init(value: JSONValue) throws(CustomerError) {
        guard case .object(let o) = value else { throw .notAnObject }
        try self.init(json: o)
    }
}

/// Why a JSON value is not a usable customer.
public enum CustomerError: Error, Sendable, Equatable, CustomStringConvertible {
    case notAnObject
    case missingID
    case invalidID(String)

    public var description: String {
        switch self {
        case .notAnObject: return "record is not a JSON object"
        case .missingID: return "record has no \"id\""
        case .invalidID(let why): return "record has an unusable \"id\": \(why)"
        }
    }
}
