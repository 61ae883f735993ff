/// Wall and CPU time summed over the turns of a stage that alternates with another
/// (resolving a batch, then storing it, then the next batch).
struct StageAccumulator {
    private(set) var seconds = 0.0
    private(set) var cpuSeconds = 0.0

    mutating func measure<T>(_ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let cpu = ResourceUsage.cpuSeconds()
        defer {
            let d = start.duration(to: clock.now)
            seconds += Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
            cpuSeconds += ResourceUsage.cpuSeconds() - cpu
        }
        return try body()
    }
}
