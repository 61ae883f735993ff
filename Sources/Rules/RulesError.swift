/// A rules file that cannot be used, with the place and the fix.
public struct RulesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, or "<built-in default>".
    public var source: String
    /// 1-based line of the offending key or value, when known.
    public var line: Int?
    /// Dotted path of the key (`comparisons[2].levels[0].m`).
    public var key: String
    public var message: String

    public init(source: String, line: Int?, key: String, message: String) {
        self.source = source
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        let place = line.map { "\(source):\($0)" } ?? source
        return key.isEmpty ? "\(place): \(message)" : "\(place): \(key): \(message)"
    }
}
