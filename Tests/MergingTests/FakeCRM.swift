import CRMModel
import Merging
import Synchronization

/// An in-memory CRM behind the merge engine's `MergeAPI`: it holds customers, records every
/// call, and applies a merge PUT the way the CRM does (fields set, phones and emails appended
/// or overwritten, victims listed in `merged_customer_ids` and gone). Faults are asked for per
/// victor, so a test says exactly which PUT misbehaves and how.
final class FakeCRM: MergeAPI {
    enum Call: Sendable, Hashable {
        case fetch(String)
        case send(victorID: String)
    }

    /// What one PUT does instead of an ordinary 200.
    enum SendFault: Sendable {
        /// The merge happens, the answer is lost on the way back (a timeout after the write).
        case loseAnswerAfterApplying
        /// A 500 that changed nothing.
        case failWithoutApplying
        /// A 422 with this message: nothing happened.
        case refuse(String)
        /// The request is refused outright (a rejected key): `sendMerge` throws.
        case throwError
    }

    struct RejectedKey: Error, Sendable {}

    private struct State {
        var customers: [String: Customer]
        var calls: [Call] = []
        var faults: [String: [SendFault]] = [:]
        /// Victims merged away that still answer 200, with the fetches they have left.
        var lingering: [String: (customer: Customer, fetchesLeft: Int)] = [:]
        var lingerFetches = 0
        var observations: [String] = []
    }

    private let state: Mutex<State>
    /// Called with the victor's id just before each PUT is applied, its answer kept in
    /// ``observations`` (the tests read the journal there).
    private let observeSend: @Sendable (String) -> String?

    init(customers: [Customer], observeSend: @escaping @Sendable (String) -> String? = { _ in nil }) {
        state = Mutex(State(customers: Dictionary(uniqueKeysWithValues: customers.map { ($0.id, $0) })))
        self.observeSend = observeSend
    }

    // MARK: Setting up

    /// The next PUTs to `victorID` misbehave in this order; later ones succeed.
    func failSends(to victorID: String, _ faults: SendFault...) {
        state.withLock { $0.faults[victorID, default: []] += faults }
    }

    /// After each merge, its victims keep answering 200 for `fetches` more fetches each.
    func keepVictimsAnswering(forFetches fetches: Int) {
        state.withLock { $0.lingerFetches = fetches }
    }

    /// The CRM finishes every merge still completing: lingering victims answer 404 from now on,
    /// and later merges complete at once.
    func completePendingMerges() {
        state.withLock {
            $0.lingering = [:]
            $0.lingerFetches = 0
        }
    }

    /// Deletes a customer, as someone working in the CRM might.
    func remove(_ id: String) {
        _ = state.withLock { $0.customers.removeValue(forKey: id) }
    }

    // MARK: Reading back

    var calls: [Call] { state.withLock { $0.calls } }
    var observations: [String] { state.withLock { $0.observations } }
    func fetches(of id: String) -> Int { calls.filter { $0 == .fetch(id) }.count }
    func sends(to victorID: String) -> Int { calls.filter { $0 == .send(victorID: victorID) }.count }
    func customer(_ id: String) -> Customer? { state.withLock { $0.customers[id] } }

    // MARK: MergeAPI

    func fetchCustomer(_ id: String) throws -> Customer? {
        state.withLock { s in
            s.calls.append(.fetch(id))
            if let held = s.customers[id] { return held }
            guard let linger = s.lingering[id], linger.fetchesLeft > 0 else { return nil }
            s.lingering[id] = (linger.customer, linger.fetchesLeft - 1)
            return linger.customer
        }
    }

    func sendMerge(victorID: String, body: JSONObject) throws -> MergeSendResult {
        let note = observeSend(victorID)
        return try state.withLock { s throws -> MergeSendResult in
            s.calls.append(.send(victorID: victorID))
            if let note { s.observations.append(note) }
            let fault = s.faults[victorID]?.isEmpty == false ? s.faults[victorID]!.removeFirst() : nil
            switch fault {
            case .throwError?: throw RejectedKey()
            case .refuse(let message)?: return .refused(message)
            case .failWithoutApplying?: return .outcomeUnknown("500 Internal Server Error")
            case .loseAnswerAfterApplying?, nil: break
            }
            guard let victor = s.customers[victorID] else { return .refused("404: no customer \(victorID)") }
            let victimIDs = (body["merge_customer_ids"]?.arrayValue ?? []).compactMap(\.stringValue)
            s.customers[victorID] = try Self.merged(victor, body: body, victimIDs: victimIDs)
            for id in victimIDs {
                if let victim = s.customers.removeValue(forKey: id), s.lingerFetches > 0 {
                    s.lingering[id] = (victim, s.lingerFetches)
                }
            }
            return fault == nil ? .accepted : .outcomeUnknown("timed out waiting for the answer")
        }
    }

    /// The victor after the PUT: plain fields set, lists appended or overwritten, victims listed.
    private static func merged(_ victor: Customer, body: JSONObject, victimIDs: [String]) throws -> Customer {
        var json = victor.json
        for member in body where member.key != "merge_customer_ids" && !member.key.hasPrefix("overwrite_") {
            if member.key == "phones" || member.key == "emails", let sent = member.value.arrayValue {
                let overwrite = body["overwrite_\(member.key)"] == .bool(true)
                var list = overwrite ? [] : (json[member.key]?.arrayValue ?? [])
                for value in sent where !list.contains(value) { list.append(value) }
                json[member.key] = .array(list)
            } else {
                json[member.key] = member.value
            }
        }
        let earlier = json["merged_customer_ids"]?.arrayValue ?? []
        json["merged_customer_ids"] = .array(earlier + victimIDs.map(JSONValue.string))
        json["updated_at"] = .string("2030-01-01T00:00:00Z")
        return try Customer(json: json)
    }
}
