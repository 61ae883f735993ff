import CRMModel

/// Reads the records `tcdedupe match` checks: one customer JSON object (pretty-printed or
/// not), a JSON array of them, or JSON Lines (one object per line, blank lines skipped).
public enum MatchInputReader {
    /// The records of `text`, in order.
    /// - Parameter source: how errors name the input (`standard input`, a path).
    /// - Throws: ``MatchInputError`` naming the line (and column) that does not read.
    public static func records(_ text: String, source: String) throws(MatchInputError) -> [JSONObject] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let filled = lines.indices.filter { !lines[$0].allSatisfy(\.isWhitespace) }
        guard let firstLine = filled.first else { throw MatchInputError(source: source, line: nil, reason: "no customer record in the input") }
        // JSON Lines when there are several lines and the first is a whole object on its own.
        if filled.count > 1, case .object? = try? JSONValue(parsing: String(lines[firstLine])) {
            var out: [JSONObject] = []
            for k in filled {
                do {
                    guard case .object(let object) = try JSONValue(parsing: String(lines[k])) else {
                        throw MatchInputError(source: source, line: k + 1, reason: "the line is not a JSON object (one customer per line)")
                    }
                    out.append(object)
                } catch let error as JSONSyntaxError {
                    throw MatchInputError(source: source, line: k + 1, reason: "\(error.reason) at column \(error.offset + 1)")
                } catch let error as MatchInputError {
                    throw error
                } catch {
                    throw MatchInputError(source: source, line: k + 1, reason: "\(error)")
                }
            }
            return out
        }
        let value: JSONValue
        do {
            value = try JSONValue(parsing: text)
        } catch {
            let (line, column) = position(of: error.offset, in: text)
            throw MatchInputError(source: source, line: line, reason: "\(error.reason) at column \(column)")
        }
        switch value {
        case .object(let object): return [object]
        case .array(let elements):
            var out: [JSONObject] = []
            for (k, element) in elements.enumerated() {
                guard case .object(let object) = element else {
                    throw MatchInputError(source: source, line: nil, reason: "element \(k + 1) of the array is not a JSON object")
                }
                out.append(object)
            }
            return out
        default:
            throw MatchInputError(source: source, line: firstLine + 1, reason: "expected a customer JSON object, an array of them, or one per line")
        }
    }

    /// 1-based line and column of byte `offset` in `text`.
    private static func position(of offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for (k, byte) in text.utf8.enumerated() {
            if k >= offset { break }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}

/// Input `match` cannot read, with the line to look at.
public struct MatchInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var source: String
    /// 1-based line, when the problem is on one.
    public var line: Int?
    public var reason: String

    public init(source: String, line: Int?, reason: String) {
        self.source = source
        self.line = line
        self.reason = reason
    }

    public var description: String {
        "\(source)\(line.map { " line \($0)" } ?? ""): \(reason); give one customer JSON object, an array of them, or one per line (JSON Lines)"
    }
}
