#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Hummingbird
import Logging
import Reviewing
import ServiceLifecycle

/// The local review page: serves a run's suggested merges and records the reviewers' decisions.
///
/// It listens at once whatever the size of the run: clusters are read from the database a page
/// at a time, and the run's search keys, when missing, are built on a thread of their own
/// while the queue is already served.
///
/// ``start(_:)`` opens the database, binds, and returns once the server listens, with the URL
/// to open; ``RunningReviewServer/stop()`` shuts it down. Tests start it in-process on port 0.
public enum ReviewServer {
    public static func start(_ configuration: ReviewServerConfiguration) async throws -> RunningReviewServer {
        let search = SearchIndexStatus()
        let service = try ReviewService(databasePath: configuration.databasePath, runID: configuration.runID,
                                        reviewer: configuration.reviewer, search: search)
        // Searches need the run's search keys: built once per run, beside the serving.
        if configuration.buildsSearchIndex, !(try await service.isSearchable()) {
            search.buildInBackground(databasePath: configuration.databasePath, runID: await service.runID)
        }
        let token = configuration.token ?? ReviewToken.random()
        let bound = BoundPort()
        var logger = Logger(label: "tcdedupe.review")
        logger.logLevel = .warning
        // The guard needs the server's own origin, which holds the port: with port 0 that is
        // known only once bound, so it reads it from `bound` when a request comes.
        let router = ReviewRoutes.router(service: service, token: token, host: configuration.host, bound: bound)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in await bound.set(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
        // Ctrl-C, SIGTERM and ``RunningReviewServer/stop()`` all shut down gracefully: requests
        // in flight finish (a decision being written is written).
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [.sigterm, .sigint],
                                                      logger: logger))
        let task = Task { try await group.run() }
        let address = "\(configuration.host):\(configuration.port)"
        Task {
            do {
                try await task.value
                await bound.fail(ReviewServerError("the review server stopped before it listened", hint: "see the messages above"))
            } catch {
                await bound.fail(Self.listenError(error, host: configuration.host, port: configuration.port, address: address))
            }
        }
        let port = try await bound.value()
        return RunningReviewServer(host: configuration.host, port: port, token: token, runID: await service.runID, task: task, group: group)
    }

    /// Why the server could not listen, in one line: a port in use is the usual case and needs
    /// no library internals (NIO's `bind(descriptor:ptr:bytes:)` and errno) to be understood.
    static func listenError(_ error: Error, host: String, port: Int, address: String) -> ReviewServerError {
        let text = String(describing: error)
        if text.contains("Address already in use") || text.contains("EADDRINUSE") || text.contains("errno: \(EADDRINUSE)") {
            return ReviewServerError("port \(port) on \(host) is in use; choose another with --port", hint: "")
        }
        return ReviewServerError("cannot listen on \(address): \(error)", hint: "pick another --host or --port")
    }
}
