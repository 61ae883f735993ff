/// Why a stored JSON value is not a ``SuggestedMerge``: which key, and what is wrong with it.
public struct SuggestedMergeDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        /// The key is absent.
        case missing
        /// The key holds another kind of value than `expected` (`"string"`, `"number"`, ...).
        case wrongType(expected: String)
    }

    /// Where the problem is, as a path from the top (`explanations[1].comparisons[0].weight`).
    public var path: String
    public var problem: Problem

    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    public var description: String {
        switch problem {
        case .missing:
            return "stored suggested merge has no \"\(path)\"; the payload is damaged or from another version"
        case .wrongType(let expected):
            return "stored suggested merge has \"\(path)\" that is not a \(expected); the payload is damaged or from another version"
        }
    }
}
