import Testing
import CRMModel
@testable import Merging

/// What `apply` checks after a PUT: the victims merged and gone, the fields as sent.
@Suite("Verifying a merge")
struct MergeVerificationTests {
    private static let body = JSONObject([
        "merge_customer_ids": .array([.string("x"), .string("y")]),
        "first_name": .string("太郎"),
        "phones": .array([.string("+819011112222"), .string("+81312345678")]),
        "overwrite_phones": .bool(true),
    ])

    private func victor(merged: [String], firstName: String = "太郎", phones: [String] = ["+819011112222", "+81312345678"]) throws -> Customer {
        try Customer(json: JSONObject([
            "id": .string("v"), "first_name": .string(firstName),
            "phones": .array(phones.map(JSONValue.string)),
            "merged_customer_ids": .array(merged.map(JSONValue.string)),
        ]))
    }

    @Test("every victim merged and gone, fields as sent: verified")
    func verified() throws {
        let check = MergeVerification(victor: try victor(merged: ["old", "x", "y"]), victimIDs: ["x", "y"],
                                      victimsGone: ["x": true, "y": true], body: Self.body)
        #expect(check.verified)
        #expect(!check.nothingHappened)
    }

    @Test("nothing merged and every victim still there: the PUT never took effect")
    func nothingHappened() throws {
        let check = MergeVerification(victor: try victor(merged: [], firstName: "Taro", phones: ["+819011112222"]),
                                      victimIDs: ["x", "y"], victimsGone: ["x": false, "y": false], body: Self.body)
        #expect(!check.verified)
        #expect(check.nothingHappened)
    }

    @Test("a half-done merge or a field not as sent is reported, naming what differs")
    func problemsAreNamed() throws {
        let half = MergeVerification(victor: try victor(merged: ["x"]), victimIDs: ["x", "y"],
                                     victimsGone: ["x": true, "y": false], body: Self.body)
        #expect(!half.nothingHappened)
        #expect(half.problems.contains { $0.contains("lacks y") })
        #expect(half.problems.contains { $0.contains("still answering: y") })
        let fields = MergeVerification(victor: try victor(merged: ["x", "y"], firstName: "Jiro", phones: ["+819011112222"]),
                                       victimIDs: ["x", "y"], victimsGone: ["x": true, "y": true], body: Self.body)
        #expect(fields.problems.contains { $0.contains("first_name") })
        #expect(fields.problems.contains { $0.contains("phones") })
    }
}
