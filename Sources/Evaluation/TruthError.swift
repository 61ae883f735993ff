/// The ground truth could not be read. Carries the file and line so the user can fix the row.
public struct TruthError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem.
    public enum Code: String, Sendable, Hashable {
        /// The file could not be opened or read.
        case unreadableFile
        /// The first line is not `customer_id,entity_id`.
        case missingHeader
        /// A row does not have exactly two non-empty fields.
        case badRow
        /// A customer id appears on two rows.
        case duplicateCustomer
    }

    public var code: Code
    /// The file, when the truth came from one.
    public var path: String?
    /// 1-based line number of the offending row, when there is one.
    public var line: Int?
    /// What is wrong and how to fix it.
    public var message: String

    public init(code: Code, path: String? = nil, line: Int? = nil, message: String) {
        self.code = code
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        var location = path ?? "truth"
        if let line { location += ":\(line)" }
        return "\(location): \(message)"
    }
}
