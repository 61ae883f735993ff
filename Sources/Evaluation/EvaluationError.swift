/// The predictions cannot be evaluated as given.
public struct EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// One customer appears in two predicted clusters; clusters must be disjoint.
        case customerInTwoClusters
        /// A threshold is not a number between 0 and 1.
        case invalidThreshold
    }

    public var code: Code
    public var message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
