import CRMModel

/// The CRM calls `apply` makes: fetch a customer, send a merge, ask what changed.
///
/// The CRM client provides them (`ClientMergeAPI.swift`); the end-to-end tests run `apply`
/// against that client and the sandbox server over loopback, the unit tests against an
/// in-memory CRM (`Tests/MergingTests/FakeCRM.swift`). Failures that should stop the whole run
/// (a refused key, a CRM that stopped answering after every retry) are thrown.
///
/// Every call blocks its thread until it is answered, like the CRM client beneath it: `apply`
/// runs its clusters on threads of its own (see `ParallelApply`), several calls at once.
public protocol MergeAPI: Sendable {
    /// The customer as the CRM holds it now, or nil when it answers 404 (gone, or merged away).
    func fetchCustomer(_ id: String) throws -> Customer?
    /// `PUT /customers/{victorID}` with `body` (which carries `merge_customer_ids`). Never
    /// retried by the client once it may have reached the server.
    func sendMerge(victorID: String, body: JSONObject) throws -> MergeSendResult
    /// The customers created, updated or deleted since `cursor` (the Sync API's change feed,
    /// read from `cursor` to its end), so that `apply` fetches again only the members that may
    /// have changed since they were exported. ``ChangedCustomers/unknown(_:)`` when the feed
    /// cannot say (no Sync API, a cursor too old): `apply` then fetches every member.
    func customersChanged(since cursor: String) throws -> ChangedCustomers
}
