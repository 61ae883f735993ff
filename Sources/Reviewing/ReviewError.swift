/// Why a review action was refused, in words a reviewer can act on.
///
/// The review server turns the code into an HTTP status (unknown cluster 404, an edit that
/// makes no sense 409, a malformed request 400); the CLI prints the message and the hint.
public struct ReviewError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, Equatable {
        /// No cluster with that id in the run.
        case unknownCluster
        /// The customer named is not (or no longer) a member of the cluster.
        case notAMember
        /// The edit would leave fewer than two members: nothing to merge.
        case tooFewMembers
        /// The request itself is malformed (unknown decision, missing field).
        case badRequest
    }

    public var code: Code
    public var message: String
    public var hint: String

    public init(_ code: Code, _ message: String, hint: String) {
        self.code = code
        self.message = message
        self.hint = hint
    }

    public var description: String { "\(message) (\(hint))" }
}
