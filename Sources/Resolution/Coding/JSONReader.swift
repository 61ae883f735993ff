import CRMModel

/// Reads typed values out of a JSON object, naming the full path of whatever is missing or wrong.
struct JSONReader {
    let object: JSONObject
    let path: String
    /// Set when the value given to `init` is not an object; reported on the first read.
    private let notAnObject: Bool

    init(_ value: JSONValue, path: String) {
        self.object = value.objectValue ?? JSONObject()
        self.notAnObject = value.objectValue == nil
        self.path = path
    }

    func value(_ key: String) throws(SuggestedMergeDecodingError) -> JSONValue {
        if notAnObject { throw SuggestedMergeDecodingError(path: path, problem: .wrongType(expected: "object")) }
        guard let v = object[key] else { throw SuggestedMergeDecodingError(path: sub(key), problem: .missing) }
        return v
    }

    /// True when the object carries `key` (for keys added after the first stored version).
    func has(_ key: String) -> Bool { object[key] != nil }

    func string(_ key: String) throws(SuggestedMergeDecodingError) -> String {
        guard case .string(let s) = try value(key) else { throw wrong(key, "string") }
        return s
    }

    func int(_ key: String) throws(SuggestedMergeDecodingError) -> Int {
        guard case .number(let n) = try value(key), let i = Int(n) else { throw wrong(key, "whole number") }
        return i
    }

    func double(_ key: String) throws(SuggestedMergeDecodingError) -> Double {
        guard let d = MergeJSON.double(try value(key)) else { throw wrong(key, "number") }
        return d
    }

    func bool(_ key: String) throws(SuggestedMergeDecodingError) -> Bool {
        guard case .bool(let b) = try value(key) else { throw wrong(key, "boolean") }
        return b
    }

    func strings(_ key: String) throws(SuggestedMergeDecodingError) -> [String] {
        guard case .array(let items) = try value(key) else { throw wrong(key, "list of strings") }
        var out: [String] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            guard case .string(let s) = item else {
                throw SuggestedMergeDecodingError(path: "\(sub(key))[\(i)]", problem: .wrongType(expected: "string"))
            }
            out.append(s)
        }
        return out
    }

    func object(_ key: String) throws(SuggestedMergeDecodingError) -> JSONReader {
        let v = try value(key)
        guard v.objectValue != nil else { throw wrong(key, "object") }
        return JSONReader(v, path: sub(key))
    }

    func objects(_ key: String) throws(SuggestedMergeDecodingError) -> [JSONReader] {
        guard case .array(let items) = try value(key) else { throw wrong(key, "list of objects") }
        var out: [JSONReader] = []
        for (i, item) in items.enumerated() {
            let itemPath = "\(sub(key))[\(i)]"
            guard item.objectValue != nil else {
                throw SuggestedMergeDecodingError(path: itemPath, problem: .wrongType(expected: "object"))
            }
            out.append(JSONReader(item, path: itemPath))
        }
        return out
    }

    private func sub(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private func wrong(_ key: String, _ expected: String) -> SuggestedMergeDecodingError {
        SuggestedMergeDecodingError(path: sub(key), problem: .wrongType(expected: expected))
    }
}
