import CRMModel
import Dispatch
import Sandbox
import Store
import StoredRuns
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `tcdedupe sandbox`: runs a local CRM API server until the process is stopped.
struct SandboxJob: Sendable {
    var configuration: SandboxConfiguration
    /// A tcdedupe database whose customers the sandbox starts with (an earlier export, say).
    var databasePath: String?

    init(configuration: SandboxConfiguration, databasePath: String?) {
        self.configuration = configuration
        self.databasePath = databasePath
    }

    /// Starts the server, tells `announce` where it listens, and blocks until it stops.
    func run(announce: @escaping @Sendable (String) -> Void) throws {
        var configuration = configuration
        if let databasePath {
            let store = try CustomerStore.openExisting(databasePath)
            var customers: [Customer] = []
            try store.forEachCustomerRaw { _, raw in customers.append(try Customer(value: try JSONValue(parsing: raw))) }
            configuration.initialCustomers = customers
        }
        let clock = ContinuousClock()
        let started = clock.now
        let outcome = BlockingOutcome()
        let ready = configuration

        Task {
            do {
                let server = try await SandboxServer.start(ready)
                // The server's libraries catch SIGTERM and SIGINT for their own shutdown, which a
                // process that only serves never asks for: end at once instead (the state is in
                // memory, nothing to save). Set after start, so these handlers are the ones in force.
                signal(SIGTERM) { _ in _exit(0) }
                signal(SIGINT) { _ in _exit(130) }
                let d = started.duration(to: clock.now)
                let ms = d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
                var note = "sandbox listening on \(server.baseURL) with \(group(server.seededCustomers)) customers (started in \(ms) ms)"
                if ready.apiKey == nil { note += "; no API key set: every request is let in" }
                announce(note)
                await server.wait()
                outcome.finish(nil)
            } catch {
                outcome.finish(error)
            }
        }
        // A parent that started this process from a worker thread may have passed on a mask
        // that blocks SIGTERM (posix_spawn keeps the mask): unblock it on the waiting thread.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        if let error = outcome.wait() { throw error }
    }
}

/// Hands the end of an async task to a thread that waits for it (the command's main thread).
final class BlockingOutcome: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private var error: Error?

    func finish(_ error: Error?) {
        self.error = error
        semaphore.signal()
    }

    /// Blocks until ``finish(_:)``; the error is read after the semaphore orders the write.
    func wait() -> Error? {
        semaphore.wait()
        return error
    }
}
