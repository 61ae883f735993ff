import Support
import Synchronization

/// When and how long to wait before sending a failed request again.
///
/// Safe requests (GET, `customer_search`) are retried after 5xx, timeouts and dropped
/// connections, with exponential backoff and full jitter (so many clients do not retry in step);
/// 429s are retried after the server's `Retry-After`. Writes are not retried after a failure
/// that may have reached the server: see ``CRMClientError/Code/outcomeUnknown``.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all for a safe request that keeps failing (5xx, timeout, drop).
    public var maxAttempts: Int
    /// 429 answers tolerated for one request before giving up.
    public var maxRateLimitWaits: Int
    /// The first backoff; each further attempt doubles it, up to ``maxDelay``.
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// Used when a 429 carries no `Retry-After`.
    public var defaultRetryAfter: Duration
    /// Seeds the jitter, so a test run waits the same each time.
    public var jitterSeed: UInt64

    public init(
        maxAttempts: Int = 6, maxRateLimitWaits: Int = 20, baseDelay: Duration = .milliseconds(200),
        maxDelay: Duration = .seconds(30), defaultRetryAfter: Duration = .seconds(1), jitterSeed: UInt64 = 0x7C_DE_D0_9E
    ) {
        self.maxAttempts = maxAttempts
        self.maxRateLimitWaits = maxRateLimitWaits
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.defaultRetryAfter = defaultRetryAfter
        self.jitterSeed = jitterSeed
    }

    /// The wait before attempt `attempt + 1` (attempt counts from 1): a random point between
    /// half and all of `min(maxDelay, baseDelay · 2^(attempt-1))`.
    func backoff(afterAttempt attempt: Int, random: UInt64) -> Duration {
        let exponent = min(max(attempt - 1, 0), 20)
        let ceiling = min(maxDelay, baseDelay * (1 << exponent))
        let fraction = 0.5 + 0.5 * Double(random >> 11) / Double(1 << 53)
        return ceiling * fraction
    }
}

/// A small shared random source for jitter (SplitMix64 under a lock).
final class JitterSource: Sendable {
    private let state: Mutex<UInt64>

    init(seed: UInt64) { state = Mutex(seed) }

    func next() -> UInt64 {
        state.withLock { SplitMix64.next(&$0) }
    }
}
