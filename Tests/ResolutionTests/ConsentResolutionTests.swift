import CRMModel
import Testing
import Resolution

@Suite("Consent: the most restrictive value wins")
struct ConsentResolutionTests {
    func marketing(_ victor: JSONValue?, _ victims: [JSONValue?], rules: ResolutionRules = ResolutionRules()) throws -> ResolvedCluster {
        var members = [try member("v", ["reservation_count": num(9)])]
        if let victor { members[0].customer.json["allow_marketing"] = victor }
        for (i, value) in victims.enumerated() {
            var m = try member("x\(i)")
            if let value { m.customer.json["allow_marketing"] = value }
            members.append(m)
        }
        return Resolver(rules: rules).plan(for: members)
    }

    @Test("the victor's yes and a victim's no give no", arguments: [JSONValue.bool(false), .string("false"), .number("0")])
    func optOutKept(_ no: JSONValue) throws {
        let resolved = try marketing(.bool(true), [.bool(true), no])
        #expect(resolved.plan.body["allow_marketing"] == .bool(false))
        #expect(resolved.notes == ["allow_marketing becomes false: victim x1 holds false and the most restrictive value wins"])
        #expect(resolved.after.consent["allow_marketing"] == .bool(false))
    }

    @Test("a victim's yes never opts in a victor that said no or said nothing")
    func neverOptedIn() throws {
        #expect(try marketing(.bool(false), [.bool(true)]).plan.body["allow_marketing"] == nil)
        #expect(try marketing(nil, [.bool(true)]).plan.body["allow_marketing"] == nil)
        #expect(try marketing(.null, [.bool(true)]).plan.body["allow_marketing"] == nil)
    }

    @Test("an opt-out flag restricts with true")
    func optOutFlag() throws {
        let rules = ResolutionRules(consentFlags: [ConsentFlag(field: "email_opt_out", restrictiveValue: true)])
        let v = try member("v", ["reservation_count": num(9), "email_opt_out": .bool(false)])
        let x = try member("x", ["email_opt_out": .bool(true)])
        #expect(Resolver(rules: rules).plan(for: [v, x]).plan.body["email_opt_out"] == .bool(true))
    }
}
