import ServiceLifecycle

/// A review server that is listening.
public struct RunningReviewServer: Sendable {
    public let host: String
    public let port: Int
    public let token: String
    public let runID: Int64
    let task: Task<Void, Error>
    let group: ServiceGroup

    /// The page's address, token included: the one thing a reviewer needs. Bound to every
    /// interface (`0.0.0.0`, `::`), the machine's host name stands for the host (127.0.0.1 when
    /// it has none): `http://0.0.0.0:…` opens nothing in most browsers.
    public var url: String {
        let reachable = AllowedOrigins.isWildcard(host) ? (LocalAddresses.hostName() ?? "127.0.0.1") : host
        let shownHost = reachable.contains(":") && !reachable.hasPrefix("[") ? "[\(reachable)]" : reachable
        return "http://\(shownHost):\(port)/?token=\(token)"
    }

    /// Until the server stops (Ctrl-C, SIGTERM, or ``stop()``).
    public func wait() async throws {
        try await task.value
    }

    /// Stops the server and waits until it has.
    public func stop() async {
        await group.triggerGracefulShutdown()
        _ = try? await task.value
    }
}
