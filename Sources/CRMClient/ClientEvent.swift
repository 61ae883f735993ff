/// Something a caller may want to show while the client works: a retry and why.
/// Carries the request line and the reason, never a header or a body.
public struct ClientEvent: Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case retryingAfterServerError
        case retryingAfterNetworkFailure
        case waitingForRateLimit
    }

    public var kind: Kind
    /// `METHOD /path`.
    public var request: String
    public var detail: String
    /// How long the client waits before the next attempt.
    public var wait: Duration

    public var description: String {
        let ms = wait.components.seconds * 1000 + wait.components.attoseconds / 1_000_000_000_000_000
        return "\(request): \(detail); retrying in \(ms) ms"
    }
}
