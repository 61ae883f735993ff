import CCurl

/// Why a request got no HTTP response, in the terms that decide what to do next.
public struct TransportFailure: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Nothing reached the server (refused connection, unknown host): safe to send again.
        case couldNotConnect
        /// No answer in time: the server may or may not have acted.
        case timedOut
        /// The connection broke after the request went out: the server may or may not have acted.
        case connectionDropped
        /// TLS failed (bad certificate, wrong host name): retrying will not help.
        case tls
        /// Anything else libcurl reports.
        case other
    }

    public var kind: Kind
    /// libcurl's code and its text, for a bug report.
    public var curlCode: Int
    public var message: String

    init(code: CURLcode, detail: String) {
        curlCode = Int(code.rawValue)
        let text = String(cString: curl_easy_strerror(code))
        message = detail.isEmpty ? text : "\(text): \(detail)"
        switch code {
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            kind = .couldNotConnect
        case CURLE_OPERATION_TIMEDOUT:
            kind = .timedOut
        case CURLE_GOT_NOTHING, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE, CURLE_HTTP2, CURLE_HTTP2_STREAM:
            kind = .connectionDropped
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CACERT_BADFILE:
            kind = .tls
        default:
            kind = .other
        }
    }

    /// Whether the request may have reached the server and been acted on.
    public var mayHaveReachedServer: Bool { kind != .couldNotConnect }

    public var description: String { "\(message) (curl code \(curlCode))" }
}
