/// The API's base URL, checked: `https://`, or `http://` only to this machine.
///
/// Why: the key travels in a header; over plain HTTP anyone on the path can read it. Loopback
/// (127.0.0.1, ::1, localhost) never leaves the machine, which is what the sandbox needs.
public struct BaseURL: Sendable, Hashable, CustomStringConvertible {
    /// Without a trailing slash: `https://api.tablecheck.com/api/crm/v1`.
    public let text: String
    public let host: String
    public let isTLS: Bool

    public init(_ string: String) throws(CRMClientError) {
        var text = string
        while text.hasSuffix("/") { text.removeLast() }
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            isTLS = true
            rest = text.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            isTLS = false
            rest = text.dropFirst(7)
        } else {
            throw CRMClientError(.invalidURL, "the API URL \(string) does not start with https://",
                                 hint: "give --api-url like https://api.tablecheck.com/api/crm/v1")
        }
        guard !text.contains(where: { $0.isWhitespace || $0 == "?" || $0 == "#" }) else {
            throw CRMClientError(.invalidURL, "the API URL \(string) holds spaces, a query or a fragment",
                                 hint: "give only the base, like https://api.tablecheck.com/api/crm/v1")
        }
        let authority = rest.prefix { $0 != "/" }
        guard !authority.contains("@") else {
            throw CRMClientError(.invalidURL, "the API URL must not carry a user name or password",
                                 hint: "pass the key through TABLECHECK_API_KEY or --api-key-file instead")
        }
        let host: Substring
        if authority.hasPrefix("[") {
            host = authority.dropFirst().prefix { $0 != "]" }
        } else {
            host = authority.prefix { $0 != ":" }
        }
        guard !host.isEmpty else {
            throw CRMClientError(.invalidURL, "the API URL \(string) has no host", hint: "give --api-url like https://api.tablecheck.com/api/crm/v1")
        }
        self.host = host.lowercased()
        self.text = text
        if !isTLS && !Self.isLoopback(self.host) {
            throw CRMClientError(.insecureURL, "refusing http:// to \(self.host): the API key would cross the network unencrypted",
                                 hint: "use https://, or http:// only to 127.0.0.1, ::1 or localhost (the sandbox)")
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "127.0.0.1" || host == "::1" || host == "localhost"
    }

    /// The proxy libcurl is to use for this base: `""` (none, whatever the environment says)
    /// for a loopback host, else `configured` (nil: libcurl reads the proxy environment variables).
    ///
    /// Why: a plain-HTTP request to the sandbox carries the API key in clear. Sent straight to
    /// 127.0.0.1 it never leaves the machine; handed to an `http_proxy` it would cross the network,
    /// and a proxy cannot reach this machine's loopback anyway.
    public func proxy(configured: String?) -> String? {
        Self.isLoopback(host) ? "" : configured
    }

    /// The full URL of a path below the base (`/customers/abc`).
    public func url(_ path: String) -> String { text + path }

    public var description: String { text }
}
