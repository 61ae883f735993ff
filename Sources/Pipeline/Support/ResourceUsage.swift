#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import Parallelism

#if canImport(Glibc)
private let RUSAGE_SELF_ID = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
private let RUSAGE_SELF_ID = RUSAGE_SELF
#endif

/// Peak memory and CPU time of this process, for summaries and benchmarks.
public enum ResourceUsage {
    /// Peak resident set size in bytes (getrusage's ru_maxrss).
    public static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF_ID, &usage)
        #if canImport(Darwin)
        return Int(usage.ru_maxrss)
        #else
        return Int(usage.ru_maxrss) * 1024
        #endif
    }

    /// User plus system CPU seconds used by this process so far.
    public static func cpuSeconds() -> Double { CPUTime.processSeconds() }

    /// Bytes as "1.23 GiB" / "456 MiB".
    public static func format(bytes: Int) -> String {
        let mib = Double(bytes) / 1_048_576
        if mib >= 1024 { return String(format1: mib / 1024) + " GiB" }
        return String(format1: mib) + " MiB"
    }
}

extension String {
    /// A number with one decimal, without Foundation.
    init(format1 x: Double) {
        let tenths = Int((x * 10).rounded())
        self = "\(tenths / 10).\(abs(tenths % 10))"
    }
}
