/// Wall-clock laps between the stages of a run.
struct StageClock {
    private let clock = ContinuousClock()
    private var start: ContinuousClock.Instant

    init() { start = clock.now }

    /// Seconds since the previous lap (or since `init`).
    mutating func lap() -> Double {
        let now = clock.now
        let d = start.duration(to: now)
        start = now
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
