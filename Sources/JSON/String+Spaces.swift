extension String {
    /// The string without leading and trailing ASCII whitespace (no Foundation needed).
    ///
    /// Works on UTF-8 bytes (every trimmed character is one ASCII byte) and returns the string
    /// itself when there is nothing to trim: the loader calls this for every mapped field of
    /// every record, and walking characters showed in its profile.
    package func trimmingSpaces() -> String {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { !Self.isSpace($0) }) else { return "" }
        let last = bytes.lastIndex(where: { !Self.isSpace($0) })!
        if first == bytes.startIndex && bytes.index(after: last) == bytes.endIndex { return self }
        return String(self[first...last])
    }

    /// True when the string is empty or only ASCII whitespace.
    package var isBlank: Bool { utf8.allSatisfy(Self.isSpace) }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
