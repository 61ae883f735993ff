import CRMModel
import Support

/// Changes "made by others" (staff, guests booking): `POST /_sandbox/simulate_changes` with
/// `{"inserts": n, "edits": n, "deletes": n, "merges": n, "seed": s}`, or `{"changes": n}` for a
/// mix (30 % inserts, 50 % edits, 20 % deletes). They go through the same code as the API's
/// endpoints, so each one emits its Sync API events, interleaved in a seeded order.
///
/// Inserts copy the name of a random customer with a new phone and email (the kind of
/// duplicate a new booking makes); edits set a memo or append a phone or an email; deletes and
/// merges pick random live customers. A merge's transfer is completed at once.
struct ChangeSimulation {
    enum Change { case insert, edit, delete, merge }

    var inserts = 0, edits = 0, deletes = 0, merges = 0
    var seed: UInt64 = 1

    init(_ body: JSONObject) throws(APIFailure) {
        func count(_ key: String) throws(APIFailure) -> Int {
            guard let value = body[key] else { return 0 }
            guard let n = value.intValue, n >= 0, n <= 10_000_000 else {
                throw .validation("\(key) must be a whole number from 0 to 10000000")
            }
            return n
        }
        let changes = try count("changes")
        inserts = try count("inserts") + changes * 3 / 10
        deletes = try count("deletes") + changes * 2 / 10
        edits = try count("edits") + changes - changes * 3 / 10 - changes * 2 / 10
        merges = try count("merges")
        if let value = body["seed"] {
            guard let n = value.intValue, n >= 0 else { throw .validation("seed must be a whole number") }
            seed = UInt64(n)
        }
    }

    struct Outcome {
        var inserted = 0, edited = 0, deleted = 0, merged = 0
        var latestEventID: Int64 = 0

        var json: JSONObject {
            JSONObject([
                "inserted": .number(String(inserted)), "edited": .number(String(edited)),
                "deleted": .number(String(deleted)), "merged": .number(String(merged)),
                "latest_sync_event_id": .number(String(latestEventID)),
            ])
        }
    }

    func run(on base: CustomerBase) -> Outcome {
        var random = SplitMix64(seed: seed)
        var plan = [Change](repeating: .insert, count: inserts) + [Change](repeating: .edit, count: edits)
            + [Change](repeating: .delete, count: deletes) + [Change](repeating: .merge, count: merges)
        plan.shuffle(using: &random)
        var live = base.liveIDs
        var outcome = Outcome()
        for (n, change) in plan.enumerated() {
            switch change {
            case .insert:
                guard let body = insertBody(like: live.randomElement(using: &random), base: base, random: &random),
                      let created = try? base.create(body), let id = created["id"]?.stringValue else { continue }
                live.append(id)
                outcome.inserted += 1
            case .edit:
                guard let id = live.randomElement(using: &random),
                      (try? base.update(id: id, body: editBody(n, random: &random))) != nil else { continue }
                outcome.edited += 1
            case .delete:
                guard !live.isEmpty else { continue }
                let index = Int.random(in: 0..<live.count, using: &random)
                let id = live.swapRemoveAt(index)
                if (try? base.delete(id: id)) != nil { outcome.deleted += 1 }
            case .merge:
                guard live.count >= 2 else { continue }
                let victim = live.swapRemoveAt(Int.random(in: 0..<live.count, using: &random))
                guard let victor = live.randomElement(using: &random),
                      let (_, transfer) = try? base.update(id: victor, body: JSONObject(["merge_customer_ids": .array([.string(victim)])]))
                else { continue }
                if let transfer { base.complete(transfer) }
                outcome.merged += 1
            }
        }
        outcome.latestEventID = (try? base.withSyncFeed { feed throws(APIFailure) in feed.latestID }) ?? 0
        return outcome
    }

    private func insertBody(like id: String?, base: CustomerBase, random: inout SplitMix64) -> JSONObject? {
        let source = id.flatMap { try? base.customer(id: $0) } ?? JSONObject()
        var body = JSONObject()
        for key in ["franchise_id", "parent_shop_id", "first_name", "last_name", "first_name_kana", "last_name_kana"] {
            if let value = source[key] { body[key] = value }
        }
        if body["last_name"] == nil { body["last_name"] = .string("Simulated") }
        let number = UInt64.random(in: 10_000_000...99_999_999, using: &random)
        body["phones"] = .array([.string("+8180\(number)")])
        body["emails"] = .array([.string("guest\(number)@example.jp")])
        return body
    }

    private func editBody(_ n: Int, random: inout SplitMix64) -> JSONObject {
        let number = UInt64.random(in: 10_000_000...99_999_999, using: &random)
        switch random.next() % 3 {
        case 0: return JSONObject(["memo": .string("edited by staff (\(n))")])
        case 1: return JSONObject(["phones": .array([.string("+8170\(number)")])])
        default: return JSONObject(["emails": .array([.string("new\(number)@example.com")])])
        }
    }
}

private extension Array {
    /// Removes the element at `index` in O(1) by moving the last one into its place.
    mutating func swapRemoveAt(_ index: Int) -> Element {
        swapAt(index, count - 1)
        return removeLast()
    }
}
