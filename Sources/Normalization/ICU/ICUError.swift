import CICU

/// A failure reported by the ICU shim, with what was being attempted and ICU's own error name.
public struct ICUError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What the shim reported (`CICU_*` status).
    public enum Code: Int32, Sendable, Hashable {
        case bufferTooSmall = 1
        case invalidArgument = 2
        case outOfMemory = 3
        case icuFailure = 4
        case unknown = -1
    }

    public var code: Code
    /// What was attempted, e.g. `opening transliterator "Any-Latin; Latin-ASCII"`.
    public var operation: String
    /// ICU's name for its error (`U_INVALID_ID`), or "" when ICU itself did not fail.
    public var icuErrorName: String

    public init(code: Code, operation: String, icuErrorName: String = "") {
        self.code = code
        self.operation = operation
        self.icuErrorName = icuErrorName
    }

    init(status: Int32, icuError: Int32, operation: String) {
        let name = icuError == 0 ? "" : String(cString: cicu_error_name(icuError))
        self.init(code: Code(rawValue: status) ?? .unknown, operation: operation, icuErrorName: name)
    }

    public var description: String {
        let reason = icuErrorName.isEmpty ? "\(code)" : icuErrorName
        return "ICU failed while \(operation): \(reason). Check that libicu (72 or later) is "
            + "installed and that the transliterator ID is valid."
    }
}
