#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock and CPU laps between the stages of a run.
struct StageClock {
    private let clock = ContinuousClock()
    private var start: ContinuousClock.Instant
    private var cpuStart: Double

    init() {
        start = clock.now
        cpuStart = Self.cpuSeconds()
    }

    /// Seconds since the previous lap (or since `init`), and CPU seconds over wall seconds
    /// in that time (2.0: both cores busy).
    mutating func lap() -> (seconds: Double, cpuUtilisation: Double) {
        let now = clock.now
        let cpu = Self.cpuSeconds()
        let d = start.duration(to: now)
        let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        let utilisation = seconds > 0 ? (cpu - cpuStart) / seconds : 0
        start = now
        cpuStart = cpu
        return (seconds, utilisation)
    }

    /// User plus system CPU seconds of this process.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
