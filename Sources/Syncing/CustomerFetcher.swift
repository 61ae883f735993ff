import CRMClient
import CRMModel
import Synchronization

/// Fetches customers by id, `concurrency` requests at a time (the client keeps to its rate).
struct CustomerFetcher: Sendable {
    enum Outcome: Sendable {
        case found(Customer)
        /// 404: deleted (or merged away) since the event.
        case gone
        /// The answer was not a customer the store accepts (the export's checks).
        case rejected(String)
    }

    let client: CRMClient
    let concurrency: Int

    /// The outcome for each id, in the order given.
    ///
    /// - Throws: the first ``CRMClientError`` that is neither a 404 nor a rejected record (a
    ///   refused key, a server that keeps failing): the others stop at their next id.
    func fetch(_ ids: [String]) throws(CRMClientError) -> [Outcome] {
        struct Shared {
            var next = 0
            var outcomes: [Outcome?]
            var failure: CRMClientError?
        }
        let shared = Mutex(Shared(outcomes: Array(repeating: nil, count: ids.count)))
        let client = client
        WorkerThreads.run(count: min(concurrency, ids.count)) { _ in
            while true {
                let index = shared.withLock { s -> Int? in
                    guard s.failure == nil, s.next < ids.count else { return nil }
                    defer { s.next += 1 }
                    return s.next
                }
                guard let index else { return }
                let outcome: Outcome
                do throws(CRMClientError) {
                    outcome = .found(try client.getCustomer(id: ids[index]))
                } catch {
                    switch error.code {
                    case .notFound: outcome = .gone
                    case .invalidResponse: outcome = .rejected(error.message)
                    default:
                        shared.withLock { if $0.failure == nil { $0.failure = error } }
                        return
                    }
                }
                shared.withLock { $0.outcomes[index] = outcome }
            }
        }
        let result = shared.withLock { ($0.failure, $0.outcomes) }
        if let failure = result.0 { throw failure }
        return result.1.map { $0! }
    }
}
