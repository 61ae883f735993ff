import CRMModel
import Foundation
import Merging
import Synchronization

/// An in-memory CRM behind the merge engine's `MergeAPI`: it holds customers, records every
/// call, and applies a merge PUT the way the CRM does (fields set, phones and emails appended
/// or overwritten, victims listed in `merged_customer_ids` and gone; a victim already gone is
/// refused, as the CRM answers 422). Faults are asked for per victor, so a test says exactly
/// which PUT misbehaves and how. It keeps a change feed: every change (an edit, a removal, a
/// merge) is an event, and the cursor is the number of events seen ("0": the export).
final class FakeCRM: MergeAPI {
    enum Call: Sendable, Hashable {
        case fetch(String)
        case send(victorID: String)
        case changes(since: String)
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
        /// The ids of every change, in order: the change feed.
        var events: [String] = []
        var changeFeed = true
        var answersWithCustomer = true
        /// PUTs that merged (every victim still there), per victor.
        var effectiveMerges: [String: Int] = [:]
        /// Calls under way now, and the most there ever were at once.
        var inFlight = 0
        var peakInFlight = 0
    }

    private let state: Mutex<State>
    /// Called with the victor's id just before each PUT is applied, its answer kept in
    /// ``observations`` (the tests read the journal there).
    private let observeSend: @Sendable (String) -> String?
    /// How long each call takes in milliseconds (0: no time), so that parallel calls overlap in a test.
    private let callMilliseconds: Int

    init(customers: [Customer], callMilliseconds: Int = 0, observeSend: @escaping @Sendable (String) -> String? = { _ in nil }) {
        state = Mutex(State(customers: Dictionary(uniqueKeysWithValues: customers.map { ($0.id, $0) })))
        self.callMilliseconds = callMilliseconds
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
        state.withLock {
            $0.customers.removeValue(forKey: id)
            $0.events.append(id)
        }
    }

    /// Changes fields of a customer, as someone working in the CRM might: a new `updated_at`,
    /// and an event in the change feed.
    func edit(_ id: String, _ fields: [String: JSONValue]) {
        state.withLock { s in
            guard var json = s.customers[id]?.json else { return }
            for (key, value) in fields { json[key] = value }
            json["updated_at"] = .string("2029-0\(min(9, s.events.count + 1))-01T00:00:00Z")
            s.customers[id] = try? Customer(json: json)
            s.events.append(id)
        }
    }

    /// Without a change feed (a CRM with no Sync API): `customersChanged` answers `.unknown`.
    func withoutChangeFeed() {
        state.withLock { $0.changeFeed = false }
    }

    /// PUTs answer 200 with an empty body from now on: the victor must be fetched to verify.
    func answerWithoutCustomer() {
        state.withLock { $0.answersWithCustomer = false }
    }

    // MARK: Reading back

    var calls: [Call] { state.withLock { $0.calls } }
    var observations: [String] { state.withLock { $0.observations } }
    /// PUTs to `victorID` that merged something (its victims were all there).
    func effectiveMerges(to victorID: String) -> Int { state.withLock { $0.effectiveMerges[victorID] ?? 0 } }
    var peakInFlight: Int { state.withLock { $0.peakInFlight } }
    /// The cursor of the change feed now.
    var changeCursor: String { state.withLock { String($0.events.count) } }
    func fetches(of id: String) -> Int { calls.filter { $0 == .fetch(id) }.count }
    func sends(to victorID: String) -> Int { calls.filter { $0 == .send(victorID: victorID) }.count }
    func customer(_ id: String) -> Customer? { state.withLock { $0.customers[id] } }

    // MARK: MergeAPI

    func fetchCustomer(_ id: String) throws -> Customer? {
        enter()
        defer { leave() }
        return state.withLock { s in
            s.calls.append(.fetch(id))
            if let held = s.customers[id] { return held }
            guard let linger = s.lingering[id], linger.fetchesLeft > 0 else { return nil }
            s.lingering[id] = (linger.customer, linger.fetchesLeft - 1)
            return linger.customer
        }
    }

    func sendMerge(victorID: String, body: JSONObject) throws -> MergeSendResult {
        let note = observeSend(victorID)
        enter()
        defer { leave() }
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
            if let gone = victimIDs.first(where: { s.customers[$0] == nil }) {
                return .refused("422 merge_customer_ids: no customer with id \(gone) (already merged or deleted?)")
            }
            let merged = try Self.merged(victor, body: body, victimIDs: victimIDs)
            s.customers[victorID] = merged
            s.effectiveMerges[victorID, default: 0] += 1
            s.events.append(victorID)
            for id in victimIDs {
                s.events.append(id)
                if let victim = s.customers.removeValue(forKey: id), s.lingerFetches > 0 {
                    s.lingering[id] = (victim, s.lingerFetches)
                }
            }
            guard fault == nil else { return .outcomeUnknown("timed out waiting for the answer") }
            return .accepted(s.answersWithCustomer ? merged : nil)
        }
    }

    func customersChanged(since cursor: String) throws -> ChangedCustomers {
        enter()
        defer { leave() }
        return state.withLock { s in
            s.calls.append(.changes(since: cursor))
            guard s.changeFeed else { return .unknown("this CRM has no Sync API") }
            guard let from = Int(cursor), from >= 0, from <= s.events.count else { return .unknown("cursor \(cursor) is not one of this feed's") }
            return .known(ids: Set(s.events[from...]), upTo: String(s.events.count))
        }
    }

    private func enter() {
        state.withLock {
            $0.inFlight += 1
            $0.peakInFlight = max($0.peakInFlight, $0.inFlight)
        }
        if callMilliseconds > 0 { Thread.sleep(forTimeInterval: Double(callMilliseconds) / 1000) }
    }

    private func leave() {
        state.withLock { $0.inFlight -= 1 }
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
