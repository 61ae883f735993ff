import CRMModel
import Testing
import Resolution

@Suite("Field survivorship")
struct FieldPolicyTests {
    /// Resolves the plain field `preference` (stored under the helper's `memo:` argument) under
    /// one policy; members are given in victor-choice order (falling ids).
    func memo(_ policy: FieldPolicy, _ members: [ClusterMember]) -> JSONValue? {
        let rules = ResolutionRules(victorOrder: [.mostReservations], fieldPolicies: ["preference": policy])
        return Resolver(rules: rules).plan(for: members).plan.body["preference"]
    }

    /// Member `id` with `count` reservations (the victor order) and a memo.
    func m(_ id: String, _ count: Int, memo: JSONValue? = nil, updated: String? = nil) throws -> ClusterMember {
        var json: [JSONMember] = [JSONMember(key: "reservation_count", value: num(count))]
        if let memo { json.append(JSONMember(key: "preference", value: memo)) }
        if let updated { json.append(JSONMember(key: "updated_at", value: .string(updated))) }
        var built = try member(id)
        for entry in json { built.customer.json[entry.key] = entry.value }
        built.fields = FieldMapping().fields(of: built.customer)
        return built
    }

    @Test("victor_unless_blank keeps the victor's value and sends nothing")
    func victorKept() throws {
        let members = [try m("v", 9, memo: .string("VIP")), try m("x", 1, memo: .string("allergy: nuts"))]
        #expect(memo(.victorUnlessBlank, members) == nil)
    }

    @Test("victor_unless_blank fills a blank victor from the first non-blank in victor order")
    func blankFilled() throws {
        let members = [try m("v", 9, memo: .string("  ")), try m("x", 5), try m("y", 3, memo: .string("window seat")),
                       try m("z", 1, memo: .string("allergy: nuts"))]
        #expect(memo(.victorUnlessBlank, members) == .string("window seat"))
    }

    @Test("a placeholder the caller marks blank is replaced")
    func placeholderReplaced() throws {
        var victor = try member("v", ["reservation_count": num(9), "last_name": .string("ゲスト")])
        victor.blankFields = ["last_name"]
        let other = try member("x", ["reservation_count": num(1), "last_name": .string("田中")])
        #expect(Resolver().plan(for: [victor, other]).plan.body["last_name"] == .string("田中"))
    }

    @Test("most_frequent picks the majority value")
    func mostFrequent() throws {
        let members = [try m("v", 9, memo: .string("A")), try m("x", 5, memo: .string("B")),
                       try m("y", 3, memo: .string("B ")), try m("z", 1)]
        // Trimmed "B" appears twice; the first holder in victor order supplies the value.
        #expect(memo(.mostFrequent, members) == .string("B"))
    }

    @Test("most_frequent ties go to victor order")
    func mostFrequentTie() throws {
        let members = [try m("v", 9), try m("x", 5, memo: .string("B")), try m("y", 3, memo: .string("C"))]
        #expect(memo(.mostFrequent, members) == .string("B"))
    }

    @Test("most_recent takes the value of the latest update that has one")
    func mostRecent() throws {
        let members = [
            try m("v", 9, memo: .string("old"), updated: "2020-01-01T00:00:00Z"),
            try m("x", 5, memo: .string("newest"), updated: "2024-06-01T00:00:00+09:00"),
            try m("y", 3, updated: "2025-01-01T00:00:00Z"),
            try m("z", 1, memo: .string("middle"), updated: "2023-01-01T00:00:00Z"),
        ]
        #expect(memo(.mostRecent, members) == .string("newest"))
    }

    @Test("longest takes the longest value in characters; ties go to victor order")
    func longest() throws {
        let members = [try m("v", 9, memo: .string("短い")), try m("x", 5, memo: .string("abcd")),
                       try m("y", 3, memo: .string("wxyz"))]
        #expect(memo(.longest, members) == .string("abcd"))
    }

    @Test("victor policy never sends the field, even when the victor's is blank")
    func victorAlways() throws {
        let members = [try m("v", 9), try m("x", 1, memo: .string("note"))]
        #expect(memo(.victor, members) == nil)
    }

    @Test("numbers and booleans are plain values too")
    func scalars() throws {
        let rules = ResolutionRules(victorOrder: [.mostReservations], fieldPolicies: ["vip": .victorUnlessBlank])
        let v = try member("v", ["reservation_count": num(9), "vip": .null])
        let x = try member("x", ["reservation_count": num(1), "vip": .bool(true)])
        #expect(Resolver(rules: rules).plan(for: [v, x]).plan.body["vip"] == .bool(true))
    }

    @Test("a field named in the rules that holds nested values is left alone, with a note")
    func nestedField() throws {
        let rules = ResolutionRules(victorOrder: [.mostReservations], fieldPolicies: ["socials": .longest])
        let v = try member("v", ["reservation_count": num(9), "socials": strings("@taro")])
        let x = try member("x", ["reservation_count": num(1), "socials": .string("instagram: taro_t")])
        let resolved = Resolver(rules: rules).plan(for: [v, x])
        #expect(resolved.plan.body["socials"] == nil)
        #expect(resolved.notes == ["field socials holds nested values, so it is left as the victor's"])
    }

    @Test("the default policy covers unnamed plain fields but never protected or reserved ones")
    func defaultPolicy() throws {
        let rules = ResolutionRules(victorOrder: [.mostReservations], fieldPolicies: [:], defaultPolicy: .victorUnlessBlank)
        let v = try member("v", ["reservation_count": num(9)])
        let x = try member("x", ["reservation_count": num(1), "preference": .string("note"), "created_at": .string("2020-01-01"),
                                 "merged_customer_ids": strings("q")])
        let body = Resolver(rules: rules).plan(for: [v, x]).plan.body
        #expect(body.keys == ["merge_customer_ids", "preference"])
    }

    @Test("default rules fill names and readings, carry the memo over, and leave other fields alone")
    func defaults() throws {
        let v = try member("v", ["reservation_count": num(9), "last_name": .string("田中"), "memo": .null,
                                 "preference": .null])
        let x = try member("x", ["reservation_count": num(1), "last_name": .string("田中"), "first_name": .string("太郎"),
                                 "last_name_kana": .string("タナカ"), "memo": .string("note"), "preference": .string("window")])
        let body = Resolver().plan(for: [v, x]).plan.body
        #expect(body == JSONObject([
            "merge_customer_ids": strings("x"),
            "first_name": .string("太郎"),
            "last_name_kana": .string("タナカ"),
            "memo": .string("--- merged from x ---\nnote"),
        ]))
    }
}
