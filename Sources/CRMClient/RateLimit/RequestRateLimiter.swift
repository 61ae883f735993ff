import Synchronization

/// Spaces requests so that no more than `requestsPerSecond` start in any second, across every
/// thread that uses the client.
///
/// How: each request reserves the next free start time (`next += 1/rate`) under a lock and
/// sleeps until then; a server's `Retry-After` pushes the next free time later for everyone.
final class RequestRateLimiter: Sendable {
    private let interval: Duration
    private let clock = ContinuousClock()
    private let next: Mutex<ContinuousClock.Instant>

    /// - Parameter requestsPerSecond: 0 or less means no limit.
    init(requestsPerSecond: Double) {
        interval = requestsPerSecond > 0 ? .nanoseconds(Int64(1e9 / requestsPerSecond)) : .zero
        next = Mutex(ContinuousClock.now)
    }

    /// Waits (blocking the thread) until this request may start.
    func acquire() {
        let now = clock.now
        let start = next.withLock { next -> ContinuousClock.Instant in
            let start = max(next, now)
            next = start + interval
            return start
        }
        if start > now { BlockingSleep.sleep(now.duration(to: start)) }
    }

    /// Nobody starts a request for `delay` from now (a 429's `Retry-After`).
    func pause(for delay: Duration) {
        let until = clock.now + delay
        next.withLock { $0 = max($0, until) }
    }
}
