import Yams

/// A position in a parsed YAML document: the node, its dotted path and the file it came from.
///
/// Every accessor either returns a typed value or throws a ``RulesError`` naming the key and the
/// line, so the parser reads like a description of the file's shape.
struct YAMLCursor {
    let node: Node
    let path: String
    let source: String

    var line: Int? { node.mark.map { $0.line } }

    func error(_ message: String) -> RulesError {
        RulesError(source: source, line: line, key: path, message: message)
    }

    /// The mapping's entries, refusing keys outside `allowed`.
    func mapping(allowed: Set<String>) throws(RulesError) -> [String: YAMLCursor] {
        guard case .mapping(let mapping) = node else { throw error("expected a mapping (key: value lines)") }
        var out: [String: YAMLCursor] = [:]
        for (k, v) in mapping {
            guard let key = k.string else { throw error("keys must be text") }
            let child = YAMLCursor(node: v, path: path.isEmpty ? key : "\(path).\(key)", source: source)
            guard allowed.contains(key) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw RulesError(source: source, line: k.mark?.line, key: child.path,
                                 message: "unknown key \"\(QuotedText.cut(key))\" (known here: \(known))")
            }
            if out[key] != nil {
                throw RulesError(source: source, line: k.mark?.line, key: child.path, message: "key appears twice")
            }
            out[key] = child
        }
        return out
    }

    func sequence() throws(RulesError) -> [YAMLCursor] {
        guard case .sequence(let seq) = node else { throw error("expected a list") }
        return seq.enumerated().map { YAMLCursor(node: $1, path: "\(path)[\($0)]", source: source) }
    }

    func string() throws(RulesError) -> String {
        guard case .scalar(let s) = node else { throw error("expected a single value") }
        return s.string
    }

    func strings() throws(RulesError) -> [String] {
        var out: [String] = []
        for item in try sequence() { out.append(try item.string()) }
        return out
    }

    func double(in range: ClosedRange<Double>) throws(RulesError) -> Double {
        let text = try string()
        guard let v = Double(text), v.isFinite else { throw error("expected a number, found \"\(QuotedText.cut(text))\"") }
        guard range.contains(v) else { throw error("\(QuotedText.cut(text)) is outside \(range.lowerBound)...\(range.upperBound)") }
        return v
    }

    func int(in range: ClosedRange<Int>) throws(RulesError) -> Int {
        let text = try string()
        guard let v = Int(String(text.filter { $0 != "_" })) else {
            throw error("expected a whole number, found \"\(QuotedText.cut(text))\"")
        }
        guard range.contains(v) else { throw error("\(v) is outside \(range.lowerBound)...\(range.upperBound)") }
        return v
    }

    func bool() throws(RulesError) -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("expected true or false")
        }
    }

    /// A value that must be one of the enum's raw values.
    func choice<E: RawRepresentable & CaseIterable>(_ type: E.Type) throws(RulesError) -> E where E.RawValue == String {
        let text = try string()
        guard let v = E(rawValue: text) else {
            throw error("unknown value \"\(QuotedText.cut(text))\" (one of: \(E.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return v
    }
}
