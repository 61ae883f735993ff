import CRMModel
import Testing
import Resolution

@Suite("Memo: the victims' text is appended under its source")
struct MemoResolutionTests {
    /// The victor `v` (most reservations) and victims with memos and creation dates.
    func plan(victorMemo: JSONValue?, _ victims: [(String, JSONValue?, String?)], rules: ResolutionRules = ResolutionRules()) throws -> ResolvedCluster {
        var v = try member("v", ["reservation_count": num(9)])
        if let victorMemo { v.customer.json["memo"] = victorMemo }
        var members = [v]
        for (i, (id, memo, created)) in victims.enumerated() {
            var m = try member(id, ["reservation_count": num(5 - i)])
            if let memo { m.customer.json["memo"] = memo }
            if let created { m.customer.json["created_at"] = .string(created) }
            m.fields = FieldMapping().fields(of: m.customer)
            members.append(m)
        }
        return Resolver(rules: rules).plan(for: members)
    }

    @Test("each victim memo follows the victor's, under a line with its id and creation date")
    func appended() throws {
        let resolved = try plan(victorMemo: .string("VIP, counter seat"), [
            ("x", .string("allergy: shellfish"), "2023-04-01T10:00:00+09:00"),
            ("y", .string("  prefers window  "), nil),
        ])
        #expect(resolved.plan.body["memo"] == .string("""
            VIP, counter seat

            --- merged from x (2023-04-01) ---
            allergy: shellfish

            --- merged from y ---
            prefers window
            """))
    }

    @Test("a victim memo the victor's already holds is not repeated, and nothing is sent")
    func notDuplicated() throws {
        let resolved = try plan(victorMemo: .string("allergy: shellfish; VIP"), [("x", .string("allergy: shellfish"), nil)])
        #expect(resolved.plan.body["memo"] == nil)
    }

    @Test("resolving again after the merge adds nothing: the merged memo holds every victim text")
    func idempotent() throws {
        let first = try plan(victorMemo: nil, [("x", .string("no gluten"), "2022-01-05")])
        let merged = try #require(first.plan.body["memo"])
        #expect(merged == .string("--- merged from x (2022-01-05) ---\nno gluten"))
        let again = try plan(victorMemo: merged, [("x", .string("no gluten"), "2022-01-05")])
        #expect(again.plan.body["memo"] == nil)
    }

    @Test("blank and null memos add nothing")
    func blanks() throws {
        let resolved = try plan(victorMemo: .string("VIP"), [("x", .string("   "), nil), ("y", .null, nil)])
        #expect(resolved.plan.body["memo"] == nil)
        #expect(resolved.notes.isEmpty)
    }

    @Test("with memo: victor nothing is sent and the lost memo is noted")
    func victorPolicy() throws {
        let resolved = try plan(victorMemo: .string("VIP"), [("x", .string("allergy: nuts"), nil)],
                                rules: ResolutionRules(memo: .victor))
        #expect(resolved.plan.body["memo"] == nil)
        #expect(resolved.notes == ["memo of victim x is not carried over (survivorship memo: victor)"])
    }

    @Test("the result panel shows the memo as the PUT leaves it")
    func after() throws {
        let resolved = try plan(victorMemo: .string("VIP"), [("x", .string("allergy: nuts"), nil)])
        #expect(resolved.after.memo == "VIP\n\n--- merged from x ---\nallergy: nuts")
        #expect(resolved.members[1].memo == "allergy: nuts")
    }
}
