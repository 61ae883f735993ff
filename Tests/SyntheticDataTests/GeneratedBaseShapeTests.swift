import Foundation
import Testing
@testable import SyntheticData

@Suite("A generated base is well formed and honest")
struct GeneratedBaseShapeTests {
    let base = GeneratedBase.standard

    @Test("the record count is exactly the configured number")
    func recordCount() {
        #expect(base.lines.count == 6000)
        #expect(base.summary.customers == 6000)
    }

    @Test("every line is a valid JSON object with the CRM customer fields")
    func everyLineIsValidJSON() {
        let required = ["id", "franchise_id", "parent_shop_id", "first_name", "last_name", "first_name_kana",
                        "last_name_kana", "company_name", "phones", "phone_objects", "emails", "email_objects",
                        "events", "reservation_count", "last_visit_at", "created_at", "updated_at",
                        "merged_customer_ids", "memo", "tags", "allow_marketing"]
        for (i, record) in base.records.enumerated() {
            #expect(!record.isEmpty, "line \(i + 1) is not a JSON object: \(base.lines[i].prefix(120))")
            for key in required where record[key] == nil {
                Issue.record("line \(i + 1) lacks \(key)")
            }
        }
    }

    @Test("customer ids are unique 24-digit lower-case hex")
    func idsAreUniqueObjectIDs() {
        let ids = base.records.compactMap { $0["id"] as? String }
        #expect(ids.count == base.records.count)
        #expect(Set(ids).count == ids.count)
        let hex = Set("0123456789abcdef")
        #expect(ids.allSatisfy { $0.count == 24 && $0.allSatisfy(hex.contains) })
    }

    @Test("the truth lists every customer exactly once, in output order")
    func truthCoversEveryCustomerOnce() {
        let ids = base.records.compactMap { $0["id"] as? String }
        #expect(base.truth.map(\.customerID) == ids)
        #expect(Set(base.truth.map(\.customerID)).count == ids.count)
    }

    @Test("phones and phone_objects carry the same numbers, emails and email_objects the same addresses")
    func nestedObjectsMirrorArrays() {
        for record in base.records {
            let phones = record["phones"] as? [String] ?? []
            let phoneObjects = (record["phone_objects"] as? [[String: Any]] ?? []).compactMap { $0["number"] as? String }
            #expect(phones == phoneObjects)
            let emails = record["emails"] as? [String] ?? []
            let emailObjects = (record["email_objects"] as? [[String: Any]] ?? []).compactMap { $0["email"] as? String }
            #expect(emails == emailObjects)
        }
    }

    @Test("duplicates share an entity id, two to four records each, and the summary counts them")
    func duplicatesShareEntities() {
        var sizes: [String: Int] = [:]
        for row in base.truth { sizes[row.entityID, default: 0] += 1 }
        let duplicated = sizes.values.filter { $0 > 1 }
        #expect(sizes.values.allSatisfy { (1...4).contains($0) })
        #expect(sizes.count == base.summary.entities)
        #expect(duplicated.count == base.summary.entitiesWithDuplicates)
        #expect(duplicated.reduce(0) { $0 + $1 * ($1 - 1) / 2 } == base.summary.truePairs)
    }

    @Test("the share of entities with duplicates is near the configured rate")
    func duplicateShareInRange() {
        let share = Double(base.summary.entitiesWithDuplicates) / Double(base.summary.entities)
        // Default 0.33 of non-placeholder entities; 6,000 records give about 4,000 entities.
        #expect(share > 0.28 && share < 0.38, "share of entities with duplicates was \(share)")
    }

    @Test("duplicate records of one person usually share a phone or an e-mail, but not always")
    func duplicatesAreLinkableButNotTrivially() {
        var byEntity: [String: [Int]] = [:]
        for (i, row) in base.truth.enumerated() { byEntity[row.entityID, default: []].append(i) }
        var pairs = 0
        var linked = 0
        var identicalNames = 0
        for members in byEntity.values where members.count > 1 {
            for a in 0..<members.count {
                for b in (a + 1)..<members.count {
                    let x = base.records[members[a]]
                    let y = base.records[members[b]]
                    pairs += 1
                    let px = Set((x["phones"] as? [String] ?? []).map(GeneratedBase.phoneKey))
                    let py = Set((y["phones"] as? [String] ?? []).map(GeneratedBase.phoneKey))
                    let ex = Set((x["emails"] as? [String] ?? []).map { $0.lowercased() })
                    let ey = Set((y["emails"] as? [String] ?? []).map { $0.lowercased() })
                    if !px.isDisjoint(with: py) || !ex.isDisjoint(with: ey) { linked += 1 }
                    if x["last_name"] as? String == y["last_name"] as? String,
                       x["first_name"] as? String == y["first_name"] as? String { identicalNames += 1 }
                }
            }
        }
        let linkedShare = Double(linked) / Double(pairs)
        let identicalShare = Double(identicalNames) / Double(pairs)
        #expect(linkedShare > 0.9 && linkedShare < 0.995, "linked share \(linkedShare)")
        #expect(identicalShare < 0.6, "names identical on \(identicalShare) of true pairs: too easy")
    }
}
