#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Timestamps for `created_at` / `updated_at`: ISO 8601 UTC with milliseconds, and strictly
/// increasing, so that every write changes `updated_at` even within one millisecond.
struct SandboxClock {
    private var lastMilliseconds: Int64 = 0

    mutating func next() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let ms = max(Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000, lastMilliseconds + 1)
        lastMilliseconds = ms
        return Self.format(milliseconds: ms)
    }

    static func format(milliseconds: Int64) -> String {
        var seconds = time_t(milliseconds / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ n: Int32, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(milliseconds % 1000), 3))Z"
    }
}
