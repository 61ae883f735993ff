/// Text from a rules file quoted in an error message, cut to a readable length.
///
/// A value or a line of a rules file can be any length: a 200 KB line once came back whole on
/// stderr inside a YAML error. An error needs only enough of it to find the place.
enum QuotedText {
    /// Characters of quoted text kept in a message.
    static let limit = 120

    /// `text` when it is short, else its first ``limit`` characters and an ellipsis.
    static func cut(_ text: String) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }

    /// About ``limit`` characters of `line` around `column` (1-based characters), with an
    /// ellipsis where it was cut, and a caret under the column on the next line.
    static func snippet(line: String, column: Int) -> String {
        let characters = Array(line)
        let at = min(max(column - 1, 0), characters.count)
        let start = characters.count <= limit ? 0 : min(max(at - limit / 2, 0), characters.count - limit)
        let end = min(start + limit, characters.count)
        let head = start > 0 ? "…" : ""
        let tail = end < characters.count ? "…" : ""
        return head + String(characters[start..<end]) + tail + "\n"
            + String(repeating: " ", count: head.count + at - start) + "^"
    }
}
