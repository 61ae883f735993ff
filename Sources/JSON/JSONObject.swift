/// One key and its value inside a ``JSONObject``.
public struct JSONMember: Sendable, Hashable {
    public var key: String
    public var value: JSONValue

    public init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}

/// A JSON object that keeps its keys in source order.
///
/// CRM objects have a few dozen keys, so a linear scan beats hashing and keeps the order that a
/// person reading a snapshot expects.
public struct JSONObject: Sendable, Hashable, Sequence {
    public private(set) var members: [JSONMember]

    public init(_ members: [JSONMember] = []) {
        self.members = members
    }

    public init(_ pairs: KeyValuePairs<String, JSONValue>) {
        self.members = pairs.map { JSONMember(key: $0.key, value: $0.value) }
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    public var keys: [String] { members.map(\.key) }

    /// The value for `key`; setting replaces it in place, or appends a new key at the end;
    /// setting `nil` removes the key.
    public subscript(key: String) -> JSONValue? {
        get {
            for m in members where m.key == key { return m.value }
            return nil
        }
        set {
            if let i = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[i].value = newValue } else { members.remove(at: i) }
            } else if let newValue {
                members.append(JSONMember(key: key, value: newValue))
            }
        }
    }

    /// The value at a dotted path such as `"profile.kana.last"`; array elements are not addressed.
    /// A key that itself contains dots is found too, before the path is split.
    public func value(atPath path: String) -> JSONValue? {
        // Most mapped fields are top-level keys: look the path up as a key first, and scan it
        // for dots only when that fails (both showed in load profiles).
        if let value = self[path] { return value }
        if !path.utf8.contains(UInt8(ascii: ".")) { return nil }
        var current: JSONObject = self
        let parts = path.split(separator: ".", omittingEmptySubsequences: false)
        for (i, part) in parts.enumerated() {
            guard let v = current[String(part)] else { return nil }
            if i == parts.count - 1 { return v }
            guard case .object(let next) = v else { return nil }
            current = next
        }
        return nil
    }

    public func makeIterator() -> IndexingIterator<[JSONMember]> {
        members.makeIterator()
    }
}
