import Dispatch
import Synchronization

/// Lends connections to requests, at most `concurrency` at once: the client's concurrency
/// limit lives here, so no caller can exceed it.
///
/// A caller that finds every connection lent out waits (on a semaphore, outside the Swift
/// concurrency pool: requests are blocking calls).
final class ConnectionPool: Sendable {
    private let permits: DispatchSemaphore
    private let idle = Mutex<[UncheckedConnection]>([])

    init(concurrency: Int) {
        permits = DispatchSemaphore(value: max(1, concurrency))
    }

    /// Runs `body` with a connection of its own, then returns the connection for reuse.
    func withConnection<T>(_ body: (CurlConnection) -> T) -> T? {
        permits.wait()
        defer { permits.signal() }
        let lent = idle.withLock { $0.popLast() }?.connection ?? CurlConnection()
        guard let connection = lent else { return nil }
        let result = body(connection)
        let returned = UncheckedConnection(connection: connection)
        idle.withLock { $0.append(returned) }
        return result
    }
}

/// A connection held by the pool while no request uses it: only one thread touches it at a
/// time, which the pool guarantees and the compiler cannot see.
private struct UncheckedConnection: @unchecked Sendable {
    let connection: CurlConnection
}
