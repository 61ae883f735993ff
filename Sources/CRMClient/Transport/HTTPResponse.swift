/// A response as it came: status, the headers the client reads, and the body bytes.
public struct HTTPResponse: Sendable {
    public var status: Int
    /// Header names in lowercase; a repeated header keeps its last value.
    public var headers: [String: String]
    public var body: [UInt8]

    public init(status: Int, headers: [String: String] = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// `Retry-After` in seconds, when the server sent it as a number (the HTTP-date form is
    /// not used by the API and is ignored).
    public var retryAfterSeconds: Double? {
        guard let text = headers["retry-after"] else { return nil }
        return Double(text.filter { !$0.isWhitespace })
    }

    /// The body as text, for error messages (cut short: a message, not a dump).
    var bodyExcerpt: String {
        let text = String(decoding: body.prefix(300), as: UTF8.self)
        return body.count > 300 ? text + "…" : text
    }
}
