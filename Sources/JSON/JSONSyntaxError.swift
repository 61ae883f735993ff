/// Why some bytes are not one valid JSON document, and where.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset into the parsed input where the problem was found.
    public var offset: Int
    /// What is wrong, in words a person can act on ("invalid UTF-8", "unterminated string").
    public var reason: String

    public init(offset: Int, reason: String) {
        self.offset = offset
        self.reason = reason
    }

    public var description: String { "\(reason) at byte \(offset)" }
}
