/// Wall time and CPU use of the stages of a run, in order.
public struct StageTiming: Sendable, Hashable {
    public var stage: String
    public var seconds: Double
    /// CPU seconds over wall seconds: 2.0 means both cores busy throughout.
    public var cpuUtilisation: Double

    public init(stage: String, seconds: Double, cpuUtilisation: Double) {
        self.stage = stage
        self.seconds = seconds
        self.cpuUtilisation = cpuUtilisation
    }
}

/// Measures consecutive stages: call ``end(_:)`` when each finishes.
struct StageTimer {
    private let clock = ContinuousClock()
    private var start: ContinuousClock.Instant
    private var cpuStart: Double
    private(set) var timings: [StageTiming] = []

    init() {
        start = clock.now
        cpuStart = ResourceUsage.cpuSeconds()
    }

    mutating func end(_ stage: String) {
        let now = clock.now
        let cpu = ResourceUsage.cpuSeconds()
        let d = start.duration(to: now)
        let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        timings.append(StageTiming(stage: stage, seconds: seconds, cpuUtilisation: seconds > 0 ? (cpu - cpuStart) / seconds : 0))
        start = now
        cpuStart = cpu
    }

    /// Starts timing afresh without recording (after work timed by other means).
    mutating func restart() {
        start = clock.now
        cpuStart = ResourceUsage.cpuSeconds()
    }

    /// Records a stage measured elsewhere (stages that take turns, summed).
    mutating func record(_ stage: String, seconds: Double, cpuSeconds: Double) {
        timings.append(StageTiming(stage: stage, seconds: seconds, cpuUtilisation: seconds > 0 ? cpuSeconds / seconds : 0))
    }

    var total: Double { timings.reduce(0) { $0 + $1.seconds } }
}
