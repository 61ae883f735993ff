import Testing
@testable import SyntheticData

@Suite("A generated base holds the hard negatives a matcher must keep apart")
struct HardNegativeTests {
    let base = GeneratedBase.standard

    /// Entity ids of the records carrying each comparable phone.
    private func entitiesByPhone() -> [String: [(entity: String, record: Int)]] {
        var byPhone: [String: [(entity: String, record: Int)]] = [:]
        for (i, record) in base.records.enumerated() {
            for phone in Set((record["phones"] as? [String] ?? []).map(GeneratedBase.phoneKey)) {
                byPhone[phone, default: []].append((base.truth[i].entityID, i))
            }
        }
        return byPhone
    }

    @Test("family members: different entities share a phone and a surname")
    func familiesShareLandlineAndSurname() {
        var families = 0
        for holders in entitiesByPhone().values where holders.count < 20 {
            for a in holders {
                for b in holders where a.entity < b.entity {
                    let lastA = base.records[a.record]["last_name"] as? String
                    if let lastA, !lastA.isEmpty, lastA == base.records[b.record]["last_name"] as? String {
                        families += 1
                    }
                }
            }
        }
        #expect(families >= 10, "found \(families) family pairs")
        #expect(base.summary.households > 0)
    }

    @Test("a shared concierge phone is used by dozens of unrelated entities")
    func sharedPhonesSpanManyEntities() {
        let widest = entitiesByPhone().values.map { Set($0.map(\.entity)).count }.max() ?? 0
        #expect(widest >= 15, "widest phone is shared by \(widest) entities")
        #expect(base.summary.sharedPhoneRecords > 0)
    }

    @Test("very common full names belong to many different entities")
    func commonNamesRepeatAcrossEntities() {
        var entitiesByName: [String: Set<String>] = [:]
        for (i, record) in base.records.enumerated() {
            guard let last = record["last_name"] as? String, let first = record["first_name"] as? String,
                  !last.isEmpty, !first.isEmpty else { continue }
            entitiesByName[last + " " + first, default: []].insert(base.truth[i].entityID)
        }
        let widest = entitiesByName.values.map(\.count).max() ?? 0
        #expect(widest >= 5, "the most common full name is shared by \(widest) entities")
        #expect(entitiesByName.keys.contains { $0.hasPrefix("佐藤") })
    }

    @Test("placeholder records exist, each its own single-record entity")
    func placeholdersAreSeparateEntities() {
        let placeholders: Set<String> = ["ゲスト", "Guest", "Walk-in", "walk in", "未設定", ".", "-", "不明",
                                         "ゲスト様", "名無し", "TEST", "なし", "様", "GUEST", "お客様"]
        var sizes: [String: Int] = [:]
        for row in base.truth { sizes[row.entityID, default: 0] += 1 }
        let found = base.records.indices.filter { placeholders.contains(base.records[$0]["last_name"] as? String ?? "") }
        #expect(found.count >= 5)
        #expect(found.allSatisfy { sizes[base.truth[$0].entityID] == 1 })
        #expect(base.summary.placeholderRecords > 0)
    }
}
