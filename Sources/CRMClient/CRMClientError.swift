/// Why a call to the CRM API failed, and what to do about it.
///
/// Like the store's errors: a code for code that reacts, a message and a hint for people, and
/// the request (method and path, never headers or body) and status where there was one. No
/// field ever holds the API key.
public struct CRMClientError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable, Equatable {
        /// No key in the environment or a file.
        case credentialMissing
        /// The key file may be read by group or others.
        case credentialFileUnsafe
        /// The key file cannot be read or holds no key.
        case credentialFileUnreadable
        /// The base URL cannot be used.
        case invalidURL
        /// `http://` to a host other than this machine: the key would travel in clear text.
        case insecureURL
        /// libcurl could not be set up.
        case clientSetup
        /// 401: the key was refused. Never retried.
        case unauthorized
        /// 403: the key may not do this. Never retried.
        case forbidden
        /// 404: no such customer (or it was merged away).
        case notFound
        /// 422: the server refused the content (a non-E.164 phone, say).
        case validation
        /// The `scroll_id` is unknown or expired: start a new search.
        case scrollExpired
        /// The Sync API no longer has the events after this cursor (too old, or unknown):
        /// changes would be missed; export again.
        case syncCursorExpired
        /// 429 answered more often than the retry budget allows.
        case rateLimited
        /// 5xx answered more often than the retry budget allows.
        case serverError
        /// No answer (refused, timed out, dropped) more often than the retry budget allows.
        case transport
        /// A write (PUT, POST, DELETE) got no clear answer: it may or may not have happened.
        case outcomeUnknown
        /// The answer is not the JSON the contract describes.
        case invalidResponse
        /// Any other HTTP status.
        case unexpectedStatus
    }

    public var code: Code
    public var message: String
    public var hint: String
    /// `METHOD /path` of the request, when there was one.
    public var request: String?
    /// The HTTP status, when there was an answer.
    public var status: Int?

    public init(_ code: Code, _ message: String, hint: String, request: String? = nil, status: Int? = nil) {
        self.code = code
        self.message = message
        self.hint = hint
        self.request = request
        self.status = status
    }

    public var description: String {
        var text = message
        if let request { text += " [\(request)\(status.map { " → HTTP \($0)" } ?? "")]" }
        return text + "\n  " + hint
    }
}
