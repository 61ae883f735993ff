import CRMModel
import Testing
import Resolution

@Suite("Phones and emails are appended, never overwritten")
struct ContactResolutionTests {
    let resolver = Resolver()

    @Test("the victims' phones the victor lacks are appended in victor order, without repeats or an overwrite flag")
    func phonesAppended() throws {
        let v = try member("v", ["reservation_count": num(9), "phones": strings("+819011112222")])
        let x = try member("x", ["reservation_count": num(5), "phones": strings("+819033334444", "+819011112222")])
        let y = try member("y", ["reservation_count": num(1), "phones": strings("+81312345678", "+819033334444")])
        let body = resolver.plan(for: [y, x, v]).plan.body
        #expect(body["phones"] == strings("+819033334444", "+81312345678"))
        #expect(body["overwrite_phones"] == nil)
    }

    @Test("a victor phone stored in national form is left as it is, and the same number of a victim is not added")
    func victorFormKept() throws {
        let v = try member("v", ["reservation_count": num(9), "phones": strings("090-1111-2222")], valid: ["+819011112222"])
        let x = try member("x", ["phones": strings("+819011112222")])
        let body = resolver.plan(for: [v, x]).plan.body
        #expect(body["phones"] == nil)
        #expect(body["overwrite_phones"] == nil)
    }

    @Test("no phone or email keys when the victor already has everything")
    func nothingChanges() throws {
        let v = try member("v", ["reservation_count": num(9), "phones": strings("+819011112222"),
                                 "emails": strings("taro@example.com")])
        let x = try member("x", ["phones": strings("+819011112222"), "emails": strings("TARO@example.com")])
        let resolved = resolver.plan(for: [v, x])
        #expect(resolved.plan.body == JSONObject(["merge_customer_ids": strings("x")]))
        #expect(resolved.notes.isEmpty)
    }

    @Test("emails the victor lacks are appended, compared without case")
    func emailsAppended() throws {
        let v = try member("v", ["reservation_count": num(9), "emails": strings("taro@example.com")])
        let x = try member("x", ["emails": strings("Taro@Example.com", "t.tanaka@work.example.jp")],
                           emails: ["taro@example.com", "t.tanaka@work.example.jp"])
        let body = resolver.plan(for: [v, x]).plan.body
        #expect(body["emails"] == strings("t.tanaka@work.example.jp"))
        #expect(body["overwrite_emails"] == nil)
    }

    @Test("an invalid phone is never written: the victim's is noted, the victor's own stays untouched")
    func invalidPhones() throws {
        let v = try member("v", ["reservation_count": num(9), "phones": strings("+819011112222", "12345")],
                           valid: ["+819011112222"], invalid: ["12345"])
        let x = try member("x", ["phones": strings("+819033334444", "0000")], valid: ["+819033334444"], invalid: ["0000"])
        let resolved = resolver.plan(for: [v, x])
        #expect(resolved.plan.body["phones"] == strings("+819033334444"))
        #expect(resolved.plan.body["overwrite_phones"] == nil)
        #expect(resolved.notes == ["phone \"0000\" of victim x is not a valid number and is not carried over"])
    }

    @Test("a victim placeholder email is not written, and is noted")
    func placeholderEmailNoted() throws {
        let v = try member("v", ["reservation_count": num(9), "emails": strings("hanako@example.com")])
        let x = try member("x", ["emails": strings("noemail@tablecheck.com")], emails: [])
        let resolved = resolver.plan(for: [v, x])
        #expect(resolved.plan.body["emails"] == nil)
        #expect(resolved.notes == ["email \"noemail@tablecheck.com\" of victim x is not among the emails written to the victor"])
    }

    @Test("with phones: victor nothing is sent and each victim number is noted")
    func phonesVictorPolicy() throws {
        let rules = ResolutionRules(phones: .victor)
        let v = try member("v", ["reservation_count": num(9), "phones": strings("+819011112222")])
        let x = try member("x", ["phones": strings("+819033334444")])
        let resolved = Resolver(rules: rules).plan(for: [v, x])
        #expect(resolved.plan.body["phones"] == nil)
        #expect(resolved.notes == ["phone +819033334444 of victim x is not carried over (survivorship phones: victor)"])
    }
}
