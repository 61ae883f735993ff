extension StageTimer {
    /// Wall and CPU time summed over the turns of a stage that alternates with another
    /// (resolving a batch, then storing it, then the next batch).
    public struct Accumulator: Sendable {
        public private(set) var seconds = 0.0
        public private(set) var cpuSeconds = 0.0

        public init() {}

        public mutating func measure<T>(_ body: () throws -> T) rethrows -> T {
            let clock = ContinuousClock()
            let start = clock.now
            let cpu = CPUTime.processSeconds()
            defer {
                seconds += StageTimer.seconds(start.duration(to: clock.now))
                cpuSeconds += CPUTime.processSeconds() - cpu
            }
            return try body()
        }
    }
}
