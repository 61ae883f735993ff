import Support
import Synchronization

/// Decides each request's fault from ``FaultSettings``.
///
/// The n-th request's draws come from a SplitMix64 stream seeded with the seed, so faults are
/// deterministic for a given order of requests. Rate limiting counts requests in the current
/// wall-clock second (a fixed window), as a simple API gateway does.
final class FaultInjector: Sendable {
    private struct State {
        var settings: FaultSettings
        var random: UInt64
        var windowSecond: Int64 = -1
        var windowCount = 0
    }

    private let state: Mutex<State>
    private let clock = ContinuousClock()
    private let start = ContinuousClock.now

    init(settings: FaultSettings) {
        state = Mutex(State(settings: settings, random: settings.seed))
    }

    /// Replaces the settings and restarts the random stream from their seed.
    func update(_ settings: FaultSettings) {
        state.withLock { $0 = State(settings: settings, random: settings.seed) }
    }

    func decide() -> FaultDecision {
        let second = (clock.now - start).components.seconds
        return state.withLock { s in
            var decision = FaultDecision()
            let settings = s.settings
            if let limit = settings.rateLimit {
                if s.windowSecond != second {
                    s.windowSecond = second
                    s.windowCount = 0
                }
                s.windowCount += 1
                if s.windowCount > limit {
                    decision.rateLimitedRetryAfter = 1
                    return decision
                }
            }
            let failDraw = Self.unit(&s.random)
            let dropDraw = Self.unit(&s.random)
            let slowDraw = Self.unit(&s.random)
            if failDraw < settings.failRate {
                decision.fail = true
            } else if dropDraw < settings.dropRate {
                decision.drop = true
            }
            if slowDraw < settings.slowRate { decision.delayMilliseconds = settings.slowMilliseconds }
            if settings.unavailableRate > 0 && Self.unit(&s.random) < settings.unavailableRate {
                decision.unavailableRetryAfter = settings.unavailableRetryAfter
                decision.fail = false
                decision.drop = false
            }
            return decision
        }
    }

    /// A uniform number in [0, 1) from the SplitMix64 stream.
    private static func unit(_ state: inout UInt64) -> Double {
        Double(SplitMix64.next(&state) >> 11) / Double(UInt64(1) << 53)
    }
}
