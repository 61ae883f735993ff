import CRMModel

/// The CRM calls `apply` makes: fetch a customer, send a merge.
///
/// The CRM client provides them (`ClientMergeAPI.swift`); the end-to-end tests run `apply`
/// against that client and the sandbox server over loopback, the unit tests against an
/// in-memory CRM (`Tests/MergingTests/FakeCRM.swift`). Failures that should stop the whole run
/// (a refused key, a CRM that stopped answering after every retry) are thrown.
public protocol MergeAPI: Sendable {
    /// The customer as the CRM holds it now, or nil when it answers 404 (gone, or merged away).
    func fetchCustomer(_ id: String) throws -> Customer?
    /// `PUT /customers/{victorID}` with `body` (which carries `merge_customer_ids`). Never
    /// retried by the client once it may have reached the server.
    func sendMerge(victorID: String, body: JSONObject) throws -> MergeSendResult
}
