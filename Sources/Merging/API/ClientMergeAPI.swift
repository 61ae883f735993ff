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

    /// Reads the Sync API from `cursor` (the store's, recorded when the customers were
    /// exported or last synced; empty text: the feed's beginning) to its end, and names every
    /// customer an event touched since: created, updated or deleted.
    ///
    /// "No Sync API here" (404) and "that cursor is too old" (the feed no longer holds its
    /// events) make the changes unknown, so `apply` fetches every member as it always did;
    /// any other failure is thrown, and ``ChangeTracker`` treats it the same way until a later
    /// read succeeds.
    func customersChanged(since cursor: String) throws -> ChangedCustomers {
        var position = SyncCursor(query: cursor)
        var ids = Set<String>()
        while true {
            let page: SyncEventPage
            switch Result(catching: { () throws(CRMClientError) in try client.syncEvents(after: position) }) {
            case .success(let answer):
                page = answer
            case .failure(let error):
                switch error.code {
                case .syncCursorExpired:
                    return .unknown("the Sync API no longer holds the changes since the export (\(error.description))")
                case .notFound:
                    return .unknown("the CRM answers no Sync API (GET /sync_events: 404)")
                default:
                    throw error
                }
            }
            for event in page.events where event.isCustomer {
                if let id = event.syncableID { ids.insert(id) }
            }
            // A page that ends the feed, or names no way on (or the same place again), is the end.
            guard page.hasMore, let next = page.next, next != position else {
                if let next = page.next { position = next }
                break
            }
            position = next
        }
        return .known(ids: ids, upTo: position?.query ?? cursor)
    }
}
