import CRMModel

/// The CRM as a benchmark sees it (``BenchmarkChangeFeed``): every call passed on, except that
/// the change feed says nothing changed, ever.
struct BenchmarkNoChangesAPI: MergeAPI {
    let base: any MergeAPI

    func fetchCustomer(_ id: String) throws -> Customer? { try base.fetchCustomer(id) }
    func sendMerge(victorID: String, body: JSONObject) throws -> MergeSendResult {
        try base.sendMerge(victorID: victorID, body: body)
    }
    func customersChanged(since cursor: String) throws -> ChangedCustomers { .known(ids: [], upTo: cursor) }
}
