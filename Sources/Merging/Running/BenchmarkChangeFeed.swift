#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// For measuring apply's request model before the Sync API client is wired in (see
/// `ApplyJob+ChangeCursor.swift`): `TCDEDUPE_APPLY_BENCHMARK_NO_CHANGES=1` makes `apply` take
/// the change feed as known and empty, so that no member is fetched before its merge.
///
/// Only for a rehearsal against a sandbox nobody else writes to: against a real CRM it would
/// write stale records back. `apply`'s summary says so when it is set.
enum BenchmarkChangeFeed {
    static let environmentVariable = "TCDEDUPE_APPLY_BENCHMARK_NO_CHANGES"

    static var isOn: Bool {
        guard let raw = getenv(environmentVariable) else { return false }
        return String(cString: raw) == "1"
    }

    /// A cursor when the benchmark is on, else nil.
    static var cursor: String? { isOn ? "benchmark" : nil }
}
