/// How long a request may take before it counts as failed.
public struct Timeouts: Sendable, Hashable {
    /// To open a connection (TCP and TLS).
    public var connectMilliseconds: Int
    /// For the whole request, from sending to the last byte of the response.
    public var requestMilliseconds: Int

    public init(connectMilliseconds: Int = 10_000, requestMilliseconds: Int = 60_000) {
        self.connectMilliseconds = connectMilliseconds
        self.requestMilliseconds = requestMilliseconds
    }
}
