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
            try client.putCustomer(id: victorID, body: body)
            return .accepted
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
}
