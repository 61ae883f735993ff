/// An API key. Its text is reachable only through ``headerValue(scheme:)``: printing,
/// interpolating, dumping or reflecting it shows `<redacted>`, so a key cannot slip into a log
/// line, an error message or the database by accident.
public struct APICredential: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let secret: String

    /// Wraps a key; surrounding whitespace (a file's trailing newline) is dropped.
    public init?(key: String) {
        var s = Substring(key)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        guard !s.isEmpty, !s.contains(where: { $0 == "\n" || $0 == "\r" }) else { return nil }
        secret = String(s)
    }

    /// The value of the authentication header: `Bearer <key>`, or the bare key when the
    /// scheme is empty.
    public func headerValue(scheme: String) -> String {
        scheme.isEmpty ? secret : "\(scheme) \(secret)"
    }

    /// Whether `text` contains the key: for tests and for checks that output is clean.
    public func appears(in text: String) -> Bool { text.contains(secret) }

    /// Whether a presented header value carries this key with this scheme (the sandbox's check).
    public func matches(headerValue: String, scheme: String) -> Bool {
        let expected = Array(self.headerValue(scheme: scheme).utf8)
        let given = Array(headerValue.utf8)
        guard expected.count == given.count else { return false }
        // Compare every byte whatever the first difference: no timing hint about the key.
        var difference: UInt8 = 0
        for i in 0..<expected.count { difference |= expected[i] ^ given[i] }
        return difference == 0
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "APICredential(<redacted>)" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
