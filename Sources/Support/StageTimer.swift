/// Measures consecutive stages, wall and CPU time: call ``end(_:)`` as each one finishes.
///
/// The one timer of a run: the batch run times load, normalize, match, resolve and store with
/// it, the matcher its own sub-stages.
public struct StageTimer: Sendable {
    private let clock = ContinuousClock()
    private var start: ContinuousClock.Instant
    private var cpuStart: Double
    /// The stages recorded so far, in order.
    public private(set) var timings: [StageTiming] = []

    public init() {
        start = clock.now
        cpuStart = CPUTime.processSeconds()
    }

    /// Records `stage` as the time since the previous end (or restart, or `init`), and returns it.
    @discardableResult
    public mutating func end(_ stage: Stage) -> StageTiming {
        let now = clock.now
        let cpu = CPUTime.processSeconds()
        let seconds = Self.seconds(start.duration(to: now))
        let timing = StageTiming(stage: stage, seconds: seconds, cpuUtilisation: seconds > 0 ? (cpu - cpuStart) / seconds : 0)
        timings.append(timing)
        start = now
        cpuStart = cpu
        return timing
    }

    /// Starts timing afresh without recording (after work timed by other means).
    public mutating func restart() {
        start = clock.now
        cpuStart = CPUTime.processSeconds()
    }

    /// Records a stage whose turns were summed by an ``Accumulator``.
    public mutating func record(_ stage: Stage, _ accumulated: Accumulator) {
        let seconds = accumulated.seconds
        timings.append(StageTiming(stage: stage, seconds: seconds,
                                   cpuUtilisation: seconds > 0 ? accumulated.cpuSeconds / seconds : 0))
    }

    /// Wall time of the top-level stages recorded.
    public var totalSeconds: Double { StageTiming.totalSeconds(timings) }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
