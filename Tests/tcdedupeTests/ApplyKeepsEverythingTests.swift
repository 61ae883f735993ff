import CRMModel
import Foundation
import Store
import Testing

/// After `apply`, nothing a victim knew is lost: checked on the CRM's end state (the sandbox,
/// which refuses phones that are not valid numbers) against the records as exported.
extension ApplyTests {
    @Test("after apply every victim's memo, tags, addresses and birthday are on the victor, no opt-out is lost, no invalid phone is written, nothing of the victor's is removed")
    func mergesKeepEverything() throws {
        let r = try Self.rehearsal()
        defer { r.stop() }
        let applied = try r.apply(["--auto"])
        #expect(applied.status == 0, "\(applied.stderr)")
        let after = try r.after()
        let journal = try r.journal
        #expect(!journal.isEmpty && journal.allSatisfy { $0.state == .verified })

        var carried = (memos: 0, tags: 0, addresses: 0, birthdays: 0, optOuts: 0)
        for entry in journal {
            let victor = try #require(after[entry.victorID])
            let before = try Self.object(r.before[entry.victorID])
            let victims = try entry.victimIDs.map { try Self.object(r.before[$0]) }
            let memo = victor["memo"]?.stringValue ?? ""
            let tags = Set(Self.strings(victor["tags"]).map { $0.lowercased() })
            let streets = Self.objects(victor["addresses"]).map { Self.squeezed($0["street"]?.stringValue) }
            let birthdays = Self.objects(victor["events"]).filter { $0["event_type"] == .string("birthday") }
                .compactMap { $0["date"]?.stringValue }

            for victim in victims {
                if let text = victim["memo"]?.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
                    #expect(memo.contains(text), "memo of \(victim["id"]!) lost on \(entry.victorID)")
                    if !(before["memo"]?.stringValue ?? "").contains(text) { carried.memos += 1 }
                }
                for tag in Self.strings(victim["tags"]) {
                    #expect(tags.contains(tag.lowercased()), "tag \(tag) lost on \(entry.victorID)")
                    if !Self.strings(before["tags"]).contains(tag) { carried.tags += 1 }
                }
                for address in Self.objects(victim["addresses"]) {
                    let street = Self.squeezed(address["street"]?.stringValue)
                    #expect(streets.contains(street), "address \(street) lost on \(entry.victorID)")
                    if !Self.objects(before["addresses"]).contains(where: { Self.squeezed($0["street"]?.stringValue) == street }) {
                        carried.addresses += 1
                    }
                }
                for event in Self.objects(victim["events"]) where event["event_type"] == .string("birthday") {
                    let date = event["date"]?.stringValue ?? ""
                    #expect(birthdays.contains(date) || memo.contains("birthday on that record: \(date)"),
                            "birthday \(date) lost on \(entry.victorID)")
                    if !Self.objects(before["events"]).contains(where: { $0["date"]?.stringValue == date }) { carried.birthdays += 1 }
                }
            }
            // No opt-out lost, and no one opted in by a merge.
            let members = [before] + victims
            if members.contains(where: { $0["allow_marketing"] == .bool(false) }) {
                #expect(victor["allow_marketing"] == .bool(false), "opt-out lost on \(entry.victorID)")
                if before["allow_marketing"] != .bool(false) { carried.optOuts += 1 }
            } else {
                #expect(victor["allow_marketing"] == before["allow_marketing"], "consent of \(entry.victorID) changed")
            }
            // Nothing of the victor's removed; every phone added is E.164.
            let phones = Self.strings(victor["phones"])
            for phone in Self.strings(before["phones"]) { #expect(phones.contains(phone), "phone \(phone) of \(entry.victorID) removed") }
            for phone in phones where !Self.strings(before["phones"]).contains(phone) {
                #expect(phone.hasPrefix("+") && phone.dropFirst().allSatisfy(\.isNumber) && phone.count <= 16, "invalid phone \(phone) written")
            }
            let emails = Self.strings(victor["emails"])
            for email in Self.strings(before["emails"]) { #expect(emails.contains(email), "email \(email) of \(entry.victorID) removed") }
            for key in ["addresses", "events"] {
                let held = Self.objects(victor[key])
                for object in Self.objects(before[key]) {
                    #expect(held.contains { $0 == object || ($0["id"] != nil && $0["id"] == object["id"]) }, "\(key) of \(entry.victorID) removed")
                }
            }
            for tag in Self.strings(before["tags"]) { #expect(tags.contains(tag.lowercased())) }
            if let old = before["memo"]?.stringValue { #expect(memo.hasPrefix(old.trimmingCharacters(in: .whitespacesAndNewlines))) }
        }
        // The base has all of these on victims the victor lacked: the checks above ran on them.
        #expect(carried.memos > 0 && carried.tags > 0 && carried.addresses > 0 && carried.birthdays > 0 && carried.optOuts > 0,
                "\(carried)")
    }

    static func object(_ raw: String?) throws -> JSONObject {
        guard let raw, case .object(let o) = try JSONValue(parsing: raw) else { throw CocoaError(.coderInvalidValue) }
        return o
    }

    static func strings(_ value: JSONValue?) -> [String] { value?.arrayValue?.compactMap(\.stringValue) ?? [] }

    static func objects(_ value: JSONValue?) -> [JSONObject] { value?.arrayValue?.compactMap(\.objectValue) ?? [] }

    /// Street text without spaces, for comparing a street across records.
    static func squeezed(_ s: String?) -> String { (s ?? "").filter { !$0.isWhitespace } }
}
