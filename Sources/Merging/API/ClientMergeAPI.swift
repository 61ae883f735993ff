import CRMClient
import CRMModel

/// The libcurl CRM client as `apply` uses it.
struct ClientMergeAPI: MergeAPI {
    let client: CRMClient

    func fetchCustomer(_ id: String) throws -> Customer? {
        do {
            return try client.getCustomer(id: id)
        } catch where error.code == .notFound {
            return nil
        }
    }

    func sendMerge(victorID: String, body: JSONObject) throws -> MergeSendResult {
        do {
            return .accepted(try client.putCustomerAnswer(id: victorID, body: body))
        } catch {
            switch error.code {
            // No clear answer, or an answer that is not the contract's: it may have happened.
            case .outcomeUnknown, .serverError, .transport, .invalidResponse:
                return .outcomeUnknown(error.description)
            // An answer that says it did not happen.
            case .validation, .notFound, .unexpectedStatus:
                return .refused(error.description)
            // A refused key, or a rate limit past every retry: stop the whole apply.
            default:
                throw error
            }
        }
    }

    /// Not known yet on this branch: the Sync API client (`GET /sync_events` after a cursor) is
    /// built beside this one and wired in when the branches are merged — the coordinator
    /// replaces this body with that call, mapping its `created` / `updated` / `deleted` events'
    /// `syncable_id`s to ``ChangedCustomers/known(ids:upTo:)`` and "no Sync API / cursor too
    /// old" to `.unknown`. Until then every member is fetched before its merge, as before.
    func customersChanged(since cursor: String) throws -> ChangedCustomers {
        .unknown("this build's CRM client does not read the Sync API yet")
    }
}
