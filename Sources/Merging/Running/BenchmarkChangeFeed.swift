#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CRMModel

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

/// The change feed of a benchmark: nothing changed, ever.
struct BenchmarkNoChangesAPI: MergeAPI {
    let base: any MergeAPI

    func fetchCustomer(_ id: String) throws -> Customer? { try base.fetchCustomer(id) }
    func sendMerge(victorID: String, body: JSONObject) throws -> MergeSendResult {
        try base.sendMerge(victorID: victorID, body: body)
    }
    func customersChanged(since cursor: String) throws -> ChangedCustomers { .known(ids: [], upTo: cursor) }
}
