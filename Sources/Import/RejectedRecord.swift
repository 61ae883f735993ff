/// A record that failed a check.
struct RejectedRecord: Sendable {
    var line: Int
    var reason: String
    var raw: RecordText
    /// The record's text is cut short (only its first bytes were kept).
    var truncated = false
}
