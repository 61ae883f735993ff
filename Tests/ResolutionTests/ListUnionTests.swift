import CRMModel
import Testing
import Resolution

@Suite("Tags, addresses and events: the union")
struct ListUnionTests {
    func address(_ postal: String, _ city: String?, _ street: String, id: String? = nil) -> JSONValue {
        var o = JSONObject()
        if let id { o["id"] = .string(id) }
        o["postal_code"] = .string(postal)
        if let city { o["city"] = .string(city) }
        o["street"] = .string(street)
        return .object(o)
    }

    func event(_ type: String, _ date: String, id: String? = nil) -> JSONValue {
        var o = JSONObject()
        if let id { o["id"] = .string(id) }
        o["event_type"] = .string(type)
        o["date"] = .string(date)
        return .object(o)
    }

    @Test("tags unite; case and full width do not make a new tag, and the victor's spelling is kept")
    func tags() throws {
        let v = try member("v", ["reservation_count": num(9), "tags": strings("VIP", "wine")])
        let x = try member("x", ["reservation_count": num(5), "tags": strings("vip", "ＷＩＮＥ", "allergy")])
        let y = try member("y", ["tags": strings(" Allergy ", "regular")])
        let resolved = Resolver().plan(for: [v, x, y])
        #expect(resolved.plan.body["tags"] == strings("VIP", "wine", "allergy", "regular"))
        #expect(resolved.after.tags == ["VIP", "wine", "allergy", "regular"])
    }

    @Test("tags the victor already has send nothing")
    func tagsUnchanged() throws {
        let v = try member("v", ["reservation_count": num(9), "tags": strings("VIP")])
        let x = try member("x", ["tags": strings("vip")])
        #expect(Resolver().plan(for: [v, x]).plan.body["tags"] == nil)
    }

    @Test("victim addresses that are new places are sent as new objects without ids; the victor's are never sent")
    func addresses() throws {
        let v = try member("v", ["reservation_count": num(9),
                                 "addresses": .array([address("150-0001", "渋谷区", "神宮前1-2-3", id: "a1")])])
        let x = try member("x", ["addresses": .array([
            address("１５０−０００１", nil, "神宮前１−２−３", id: "b1"),   // the same place, typed in full width
            address("530-0001", "大阪市北区", "梅田1-12-4", id: "b2"),
        ])])
        let resolved = Resolver().plan(for: [v, x])
        #expect(resolved.plan.body["addresses"] == .array([address("530-0001", "大阪市北区", "梅田1-12-4")]))
        #expect(resolved.plan.body["overwrite_addresses"] == nil)
        #expect(resolved.after.addresses == ["150-0001 渋谷区 神宮前1-2-3", "530-0001 大阪市北区 梅田1-12-4"])
    }

    @Test("addresses in different cities are different places even on the same street line")
    func addressCities() throws {
        let v = try member("v", ["reservation_count": num(9), "addresses": .array([address("", "札幌市", "本町1-1")])])
        let x = try member("x", ["addresses": .array([address("", "大阪市", "本町1-1")])])
        #expect(Resolver().plan(for: [v, x]).plan.body["addresses"] == .array([address("", "大阪市", "本町1-1")]))
    }

    @Test("events unite: the victor lacks a birthday, so the victim's is added, and an anniversary too")
    func events() throws {
        let v = try member("v", ["reservation_count": num(9), "events": .array([event("anniversary", "2010-06-01", id: "e1")])])
        let x = try member("x", ["events": .array([event("birthday", "1984-03-05", id: "f1"),
                                                   event("anniversary", "2010/6/1", id: "f2")])])
        let resolved = Resolver().plan(for: [v, x])
        #expect(resolved.plan.body["events"] == .array([event("birthday", "1984-03-05")]))
        #expect(resolved.after.birthday == "1984-03-05")
        #expect(resolved.notes.isEmpty)
    }

    @Test("a second, different birthday is kept in the memo and noted, not added and not dropped")
    func secondBirthday() throws {
        let v = try member("v", ["reservation_count": num(9), "memo": .string("VIP"),
                                 "events": .array([event("birthday", "1984-03-05", id: "e1")])])
        let x = try member("x", ["events": .array([event("birthday", "1985-01-02", id: "f1")])])
        let resolved = Resolver().plan(for: [v, x])
        #expect(resolved.plan.body["events"] == nil)
        #expect(resolved.plan.body["memo"] == .string("VIP\n\n--- merged from x ---\nbirthday on that record: 1985-01-02"))
        #expect(resolved.notes == ["victim x has birthday 1985-01-02, the merged customer keeps 1984-03-05; the other one is written into the memo"])
        // Once merged, resolving again finds the line in the memo and adds nothing.
        var merged = v
        let memo: JSONValue = try #require(resolved.plan.body["memo"])
        merged.customer.json["memo"] = memo
        #expect(Resolver().plan(for: [merged, x]).plan.body["memo"] == nil)
    }

    @Test("the same birthday written differently is one birthday")
    func sameBirthday() throws {
        let v = try member("v", ["reservation_count": num(9), "birthday": .string("1984/3/5")])
        let x = try member("x", ["events": .array([event("birthday", "1984-03-05")])])
        let resolved = Resolver().plan(for: [v, x])
        #expect(resolved.plan.body["events"] == nil)
        #expect(resolved.plan.body["memo"] == nil)
    }

    @Test("with events: victor nothing is sent and each lost event is noted")
    func eventsVictorPolicy() throws {
        let v = try member("v", ["reservation_count": num(9)])
        let x = try member("x", ["events": .array([event("birthday", "1984-03-05")])])
        let resolved = Resolver(rules: ResolutionRules(events: .victor)).plan(for: [v, x])
        #expect(resolved.plan.body["events"] == nil)
        #expect(resolved.notes == ["event birthday 1984-03-05 of victim x is not carried over (survivorship events: victor)"])
    }
}
