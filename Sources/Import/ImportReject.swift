/// One record that was not imported, and why.
public struct ImportReject: Sendable, Hashable {
    /// The 1-based line of the file where the record starts.
    public var line: Int
    /// What is wrong, in words ("invalid JSON: unterminated string at byte 12 of the record").
    public var reason: String
    /// The start of the record (at most 200 bytes, cut at a character boundary; invalid UTF-8
    /// replaced by U+FFFD).
    public var snippet: String

    public init(line: Int, reason: String, snippet: String) {
        self.line = line
        self.reason = reason
        self.snippet = snippet
    }
}
