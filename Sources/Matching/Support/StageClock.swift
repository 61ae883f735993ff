import Parallelism

/// Wall-clock and CPU laps between the stages of a run.
struct StageClock {
    private let clock = ContinuousClock()
    private var start: ContinuousClock.Instant
    private var cpuStart: Double

    init() {
        start = clock.now
        cpuStart = CPUTime.processSeconds()
    }

    /// Seconds since the previous lap (or since `init`), and CPU seconds over wall seconds
    /// in that time (2.0: both cores busy).
    mutating func lap() -> (seconds: Double, cpuUtilisation: Double) {
        let now = clock.now
        let cpu = CPUTime.processSeconds()
        let d = start.duration(to: now)
        let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        let utilisation = seconds > 0 ? (cpu - cpuStart) / seconds : 0
        start = now
        cpuStart = cpu
        return (seconds, utilisation)
    }
}
