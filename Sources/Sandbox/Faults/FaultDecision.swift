/// What happens to one request, decided before it is handled.
struct FaultDecision: Sendable, Equatable {
    /// Answer 429 with this `Retry-After` (seconds) and do nothing else.
    var rateLimitedRetryAfter: Int?
    /// Answer 503 with this `Retry-After` (seconds) and do nothing.
    var unavailableRetryAfter: Int?
    /// Answer 500 and do nothing.
    var fail = false
    /// Carry the request out, then close the connection without answering.
    var drop = false
    /// Wait this long before answering.
    var delayMilliseconds = 0

    static let none = FaultDecision()
}
