import ServiceLifecycle

/// A review server that is listening.
public struct RunningReviewServer: Sendable {
    public let host: String
    public let port: Int
    public let token: String
    public let runID: Int64
    let task: Task<Void, Error>
    let group: ServiceGroup

    /// The page's address, token included: the one thing a reviewer needs.
    public var url: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
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
