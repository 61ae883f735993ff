import CRMModel

/// The CRM calls `apply` makes: fetch a customer, send a merge.
///
/// The CRM client provides them (`ClientMergeAPI.swift`); the tests run `apply` against
/// that client and the sandbox server over loopback. Failures that should stop the whole run
/// (a refused key, a CRM that stopped answering after every retry) are thrown.
protocol MergeAPI: Sendable {
    /// The customer as the CRM holds it now, or nil when it answers 404 (gone, or merged away).
    func fetchCustomer(_ id: String) throws -> Customer?
    /// `PUT /customers/{victorID}` with `body` (which carries `merge_customer_ids`). Never
    /// retried by the client once it may have reached the server.
    func sendMerge(victorID: String, body: JSONObject) throws -> MergeSendResult
}

/// How a merge PUT ended, as far as the client could tell.
enum MergeSendResult: Sendable, Equatable {
    /// 2xx.
    case accepted
    /// No clear answer (timeout, dropped connection, 5xx): it may or may not have happened.
    case outcomeUnknown(String)
    /// The CRM refused it (422 with its message, 404 victor, ...): it did not happen.
    case refused(String)
}
