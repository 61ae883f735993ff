import CRMModel
import Testing
import Resolution

@Suite("Merge body")
struct MergeBodyTests {
    @Test("the body starts with merge_customer_ids, then fields, then the phones and emails to append")
    func bodyOrder() throws {
        let v = try member("v", ["reservation_count": num(9), "first_name": .string(""), "phones": strings("+819011112222")])
        let x = try member("x", ["first_name": .string("Taro"), "emails": strings("taro@example.com")])
        let y = try member("y", ["phones": strings("+819033334444")])
        let plan = Resolver().plan(for: [y, x, v]).plan
        #expect(plan.victorID == "v")
        #expect(plan.victimIDs == ["x", "y"])
        #expect(plan.path == "/customers/v")
        #expect(plan.body.keys == ["merge_customer_ids", "first_name", "phones", "emails"])
        #expect(plan.body["merge_customer_ids"] == strings("x", "y"))
    }

    @Test("numeric ids are sent as numbers, as the records wrote them")
    func numericIDs() throws {
        var v = try member("1")
        v.customer.json["id"] = num(1)
        var x = try member("2")
        x.customer.json["id"] = num(2)
        let plan = Resolver().plan(for: [x, v]).plan
        #expect(plan.body["merge_customer_ids"] == .array([num(2)]))
    }

    @Test("member summaries come victor first, with values as stored")
    func summaries() throws {
        let v = try member("v", ["reservation_count": num(9), "last_name": .string("田中"), "phones": strings("090-1111-2222")],
                           valid: ["+819011112222"])
        let x = try member("x", ["first_name": .string("Taro"), "emails": strings("Taro@Example.com")])
        let resolved = Resolver().plan(for: [x, v])
        #expect(resolved.members == [
            MemberSummary(customerID: "v", firstName: "", lastName: "田中", phones: ["090-1111-2222"], emails: []),
            MemberSummary(customerID: "x", firstName: "Taro", lastName: "", phones: [], emails: ["Taro@Example.com"]),
        ])
    }
}
