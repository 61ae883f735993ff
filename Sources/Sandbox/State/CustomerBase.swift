import CRMModel
import Synchronization

/// The sandbox's customers and open scrolls, in memory, behind one lock.
///
/// Every operation is one short critical section that either succeeds whole or changes
/// nothing (a refused PUT leaves the customer as it was). The routes turn the results into
/// JSON answers.
final class CustomerBase: Sendable {
    /// Customers per `customer_search` page, as the API.
    static let searchPageSize = 200
    /// `GET /customers` caps, as the API: 1,000 a page, 10 pages.
    static let listMaxPerPage = 1_000
    static let listMaxPages = 10

    private let state: Mutex<CustomerBaseState>
    let scrollTTL: Duration
    let expireScrollsAtPage: Int?
    /// The faults that live in the data: broken scrolls (``FaultSettings/breakScrollAtPage``)
    /// and victims that answer for a while after their merge (``FaultSettings/victimLinger``).
    let scrollFaults: FaultSettings

    init(seed: UInt64, scrollTTL: Duration, expireScrollsAtPage: Int?, scrollFaults: FaultSettings = .none,
         syncRetention: Int = SyncFeed.defaultRetention) {
        state = Mutex(CustomerBaseState(seed: seed, syncRetention: syncRetention))
        self.scrollTTL = scrollTTL
        self.expireScrollsAtPage = expireScrollsAtPage
        self.scrollFaults = scrollFaults
    }

    var count: Int { state.withLock { $0.records.count } }

    /// Adds seed records (ids as given; phone/email objects completed unless `completed`).
    func load(_ customers: [Customer], completed: Bool = false) {
        state.withLock { s in
            s.records.reserveCapacity(s.records.count + customers.count)
            for customer in customers {
                s.insert(completed ? customer.json : CustomerShape.completed(customer.json, ids: &s.ids), id: customer.id)
            }
        }
    }

    // MARK: Reading

    func customer(id: String) throws(APIFailure) -> JSONObject {
        let now = ContinuousClock.now
        let found = state.withLock { s -> JSONObject? in
            if let record = s.records[id] { return record }
            guard let linger = s.lingering[id] else { return nil }
            if now < linger.until { return linger.record }
            s.lingering[id] = nil
            return nil
        }
        guard let record = found else { throw .notFound("no customer with id \(id)") }
        return record
    }

    /// One `customer_search` page: a new scroll for search parameters, the next page for a
    /// `scroll_id`.
    func search(_ body: JSONObject) throws(APIFailure) -> JSONObject {
        let ttl = scrollTTL
        let limit = expireScrollsAtPage
        if let scrollValue = body["scroll_id"] {
            guard let token = scrollValue.stringValue, let (key, offset) = ScrollRegistry.parse(token) else {
                throw APIFailure(status: 410, code: "scroll_expired", message: "scroll_id is unknown or has expired; start a new search")
            }
            let faults = scrollFaults
            return try state.withLock { s throws(APIFailure) -> JSONObject in
                if let breakAt = faults.breakScrollAtPage, !s.brokenScrolls.contains(key),
                   offset == breakAt * Self.searchPageSize, s.brokenScrolls.count < faults.breakScrollCount {
                    s.brokenScrolls.insert(key)
                }
                if s.brokenScrolls.contains(key) {
                    throw APIFailure(status: faults.breakScrollStatus, code: "scroll_failed",
                                     message: "this scroll cannot be continued (injected fault)")
                }
                guard let page = s.scrolls.page(key: key, offset: offset, size: Self.searchPageSize, ttl: ttl, expireAtPage: limit) else {
                    throw APIFailure(status: 410, code: "scroll_expired", message: "scroll_id is unknown or has expired; start a new search")
                }
                return Self.pageBody(page.ids, in: s, token: ScrollRegistry.token(key: key, offset: offset + Self.searchPageSize), total: page.total)
            }
        }
        let filter = try SearchFilter(body)
        return state.withLock { s in
            s.scrolls.sweep(ttl: ttl)
            let ids = filter.isEmpty ? s.liveIDs : s.liveIDs.filter { filter.matches(s.records[$0]!) }
            let key = s.scrolls.start(ids: ids)
            let page = s.scrolls.page(key: key, offset: 0, size: Self.searchPageSize, ttl: ttl, expireAtPage: nil)!
            return Self.pageBody(page.ids, in: s, token: ScrollRegistry.token(key: key, offset: Self.searchPageSize), total: page.total)
        }
    }

    private static func pageBody(_ ids: ArraySlice<String>, in s: CustomerBaseState, token: String, total: Int) -> JSONObject {
        // A customer deleted or merged since the scroll began is left out of its page.
        let customers = ids.compactMap { s.records[$0].map(JSONValue.object) }
        return JSONObject([
            "customers": .array(customers),
            "pagination": .object(JSONObject(["scroll_id": .string(token), "total_results": .number(String(total))])),
        ])
    }

    /// `GET /customers?page=&per_page=`: pages from 1, at most 1,000 a page and 10 pages.
    func list(page: Int, perPage: Int) throws(APIFailure) -> JSONObject {
        guard page >= 1 else { throw .validation("page must be 1 or more") }
        guard page <= Self.listMaxPages else {
            throw .validation("GET /customers returns at most \(Self.listMaxPages) pages; use POST /customer_search to read more")
        }
        let size = min(max(perPage, 1), Self.listMaxPerPage)
        return state.withLock { s in
            let ids = s.liveIDs
            let start = min((page - 1) * size, ids.count)
            let slice = ids[start..<min(start + size, ids.count)]
            return JSONObject([
                "customers": .array(slice.map { .object(s.records[$0]!) }),
                "pagination": .object(JSONObject([
                    "page": .number(String(page)), "per_page": .number(String(size)),
                    "total_results": .number(String(ids.count)),
                ])),
            ])
        }
    }

    // MARK: Writing

    func create(_ body: JSONObject) throws(APIFailure) -> JSONObject {
        try state.withLock { s throws(APIFailure) -> JSONObject in
            let id = s.ids.next()
            let now = s.clock.next()
            var fresh = JSONObject([JSONMember(key: "id", value: .string(id))])
            fresh["created_at"] = .string(now)
            fresh["merged_customer_ids"] = .array([])
            var record = try CustomerEditor.apply(body, to: fresh, ids: &s.ids, clock: &s.clock)
            record["id"] = .string(id)
            s.insert(record, id: id)
            s.syncFeed.emit(.created, customerID: id, at: now)
            return record
        }
    }

    /// A PUT: changes the customer and, with `merge_customer_ids`, destroys the victims and
    /// returns what must move to the victor later.
    func update(id: String, body: JSONObject) throws(APIFailure) -> (customer: JSONObject, transfer: MergeTransfer?) {
        let victimIDs = try Self.victimIDs(body, victor: id)
        return try state.withLock { s throws(APIFailure) -> (customer: JSONObject, transfer: MergeTransfer?) in
            guard let current = s.records[id] else { throw .notFound("no customer with id \(id)") }
            var victims: [JSONObject] = []
            for victimID in victimIDs {
                guard let victim = s.records[victimID] else {
                    throw .validation("merge_customer_ids: no customer with id \(victimID) (already merged or deleted?)")
                }
                victims.append(victim)
            }
            var record = try CustomerEditor.apply(body, to: current, ids: &s.ids, clock: &s.clock)
            guard !victims.isEmpty else {
                s.records[id] = record
                s.syncFeed.emit(.updated, customerID: id, at: record["updated_at"]?.stringValue ?? "")
                return (record, nil)
            }
            var merged = record["merged_customer_ids"]?.arrayValue?.compactMap(\.scalarText) ?? []
            for victim in victims {
                for earlier in victim["merged_customer_ids"]?.arrayValue?.compactMap(\.scalarText) ?? [] where !merged.contains(earlier) {
                    merged.append(earlier)
                }
            }
            for victimID in victimIDs where !merged.contains(victimID) { merged.append(victimID) }
            record["merged_customer_ids"] = .array(merged.map { .string($0) })
            let linger = scrollFaults.victimLinger
            for (victimID, victim) in zip(victimIDs, victims) {
                s.remove(victimID)
                if linger > .zero { s.lingering[victimID] = (victim, ContinuousClock.now + linger) }
            }
            s.records[id] = record
            // A merge, as the API would tell it: the victor updated, then each victim deleted.
            let time = record["updated_at"]?.stringValue ?? ""
            s.syncFeed.emit(.updated, customerID: id, at: time)
            for victimID in victimIDs { s.syncFeed.emit(.deleted, customerID: victimID, at: time) }
            return (record, MergeTransfer(victorID: id, victims: victims))
        }
    }

    private static func victimIDs(_ body: JSONObject, victor: String) throws(APIFailure) -> [String] {
        guard let value = body["merge_customer_ids"] else { return [] }
        guard case .array(let items) = value else { throw .validation("merge_customer_ids must be an array of ids") }
        var ids: [String] = []
        for item in items {
            guard let id = item.scalarText, !id.isEmpty else { throw .validation("merge_customer_ids must be an array of ids") }
            guard id != victor else { throw .validation("merge_customer_ids: a customer cannot be merged into itself (\(id))") }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// Moves a merge's associated objects to the victor (the asynchronous half of a merge).
    /// A victor deleted in the meantime takes nothing.
    func complete(_ transfer: MergeTransfer) {
        state.withLock { s in
            guard let victor = s.records[transfer.victorID] else { return }
            var moved = transfer.applied(to: victor)
            let now = s.clock.next()
            moved["updated_at"] = .string(now)
            s.records[transfer.victorID] = moved
            s.syncFeed.emit(.updated, customerID: transfer.victorID, at: now)
        }
    }

    func delete(id: String) throws(APIFailure) {
        try state.withLock { s throws(APIFailure) in
            guard s.records[id] != nil else { throw .notFound("no customer with id \(id)") }
            s.remove(id)
            s.syncFeed.emit(.deleted, customerID: id, at: s.clock.next())
        }
    }

    /// Reads the Sync API feed under the lock (see `CustomerBase+Sync.swift`).
    func withSyncFeed<T>(_ body: (inout SyncFeed) throws(APIFailure) -> T) throws(APIFailure) -> T {
        try state.withLock { s throws(APIFailure) -> T in try body(&s.syncFeed) }
    }

    /// Live ids in creation order (a copy: for picking customers to change).
    var liveIDs: [String] { state.withLock { $0.liveIDs } }

    func expireAllScrolls() {
        state.withLock { $0.scrolls.expireAll() }
    }
}
