import CRMModel
import Testing
import Resolution

@Suite("Phones, emails and birthdays")
struct ContactResolutionTests {
    let resolver = Resolver()

    @Test("phones unite victor first, then victims in victor order, without repeats")
    func phonesUnited() throws {
        let v = try member("v", ["reservation_count": num(9), "phones": strings("+819011112222")])
        let x = try member("x", ["reservation_count": num(5), "phones": strings("+819033334444", "+819011112222")])
        let y = try member("y", ["reservation_count": num(1), "phones": strings("+81312345678")])
        let body = resolver.plan(for: [y, x, v]).plan.body
        #expect(body["phones"] == strings("+819011112222", "+819033334444", "+81312345678"))
        #expect(body["overwrite_phones"] == .bool(true))
    }

    @Test("a victor phone stored in national form is rewritten in E.164")
    func victorReformatted() throws {
        let v = try member("v", ["reservation_count": num(9), "phones": strings("090-1111-2222")], valid: ["+819011112222"])
        let x = try member("x", ["phones": strings("+819011112222")])
        let body = resolver.plan(for: [v, x]).plan.body
        #expect(body["phones"] == strings("+819011112222"))
        #expect(body["overwrite_phones"] == .bool(true))
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

    @Test("emails unite case-insensitively, victor's first")
    func emailsUnited() throws {
        let v = try member("v", ["reservation_count": num(9), "emails": strings("taro@example.com")])
        let x = try member("x", ["emails": strings("Taro@Example.com", "t.tanaka@work.example.jp")],
                           emails: ["Taro@example.com", "t.tanaka@work.example.jp"])
        let body = resolver.plan(for: [v, x]).plan.body
        #expect(body["emails"] == strings("taro@example.com", "t.tanaka@work.example.jp"))
        #expect(body["overwrite_emails"] == .bool(true))
    }

    @Test("an invalid victor phone removed by overwrite is noted, never dropped silently")
    func invalidVictorPhone() throws {
        let v = try member("v", ["reservation_count": num(9), "phones": strings("+819011112222", "12345")],
                           valid: ["+819011112222"], invalid: ["12345"])
        let x = try member("x", ["phones": strings("+819033334444", "0000")], valid: ["+819033334444"], invalid: ["0000"])
        let resolved = resolver.plan(for: [v, x])
        #expect(resolved.plan.body["phones"] == strings("+819011112222", "+819033334444"))
        #expect(resolved.notes == [
            "phone \"12345\" of victor v is not a valid number; overwrite_phones removes it",
            "phone \"0000\" of victim x is not a valid number and is not carried over",
        ])
    }

    @Test("with no valid phone anywhere nothing is sent and the victor keeps its own")
    func noValidPhones() throws {
        let v = try member("v", ["reservation_count": num(9), "phones": strings("12345")], valid: [], invalid: ["12345"])
        let x = try member("x")
        let resolved = resolver.plan(for: [v, x])
        #expect(resolved.plan.body["phones"] == nil)
        #expect(resolved.plan.body["overwrite_phones"] == nil)
        #expect(resolved.notes.isEmpty)
    }

    @Test("a stored email left out of the write forms is noted")
    func placeholderEmailNoted() throws {
        let v = try member("v", ["reservation_count": num(9), "emails": strings("noemail@tablecheck.com")], emails: [])
        let x = try member("x", ["emails": strings("hanako@example.com")])
        let resolved = resolver.plan(for: [v, x])
        #expect(resolved.plan.body["emails"] == strings("hanako@example.com"))
        #expect(resolved.notes == [
            "email \"noemail@tablecheck.com\" of victor v is not among the emails written back; overwrite_emails removes it",
        ])
    }

    @Test("a victim's birthday is noted when the victor has none; events are never sent")
    func birthdayNote() throws {
        let birthday: JSONValue = .array([.object(JSONObject(["event_type": .string("birthday"), "date": .string("1984-03-05")]))])
        let v = try member("v", ["reservation_count": num(9)])
        let x = try member("x", ["events": birthday])
        let resolved = resolver.plan(for: [v, x])
        #expect(resolved.plan.body["events"] == nil)
        #expect(resolved.notes == ["victim x has birthday 1984-03-05 and the victor has none; the merge does not carry it over"])
    }
}
