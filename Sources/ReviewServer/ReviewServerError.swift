/// The review server could not start or stopped on its own.
public struct ReviewServerError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var hint: String

    public init(_ message: String, hint: String) {
        self.message = message
        self.hint = hint
    }

    public var description: String { hint.isEmpty ? message : "\(message) (\(hint))" }
}
