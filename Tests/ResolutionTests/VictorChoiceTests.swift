import CRMModel
import Testing
@testable import Resolution

@Suite("Victor choice")
struct VictorChoiceTests {
    let resolver = Resolver()

    @Test("the member with the most reservations wins, whatever the input order")
    func mostReservations() throws {
        let a = try member("a", ["reservation_count": num(2)])
        let b = try member("b", ["reservation_count": num(9)])
        let c = try member("c", ["reservation_count": num(5)])
        for members in [[a, b, c], [c, b, a], [b, a, c]] {
            let plan = resolver.plan(for: members).plan
            #expect(plan.victorID == "b")
            #expect(plan.victimIDs == ["c", "a"])
        }
    }

    @Test("a missing reservation count loses to any present one, zero included")
    func missingLoses() throws {
        let a = try member("a")
        let b = try member("b", ["reservation_count": num(0)])
        #expect(resolver.plan(for: [a, b]).plan.victorID == "b")
    }

    @Test("equal reservations fall through to the latest visit")
    func tieToLatestVisit() throws {
        let a = try member("a", ["reservation_count": num(3), "last_visit_at": .string("2024-01-10")])
        let b = try member("b", ["reservation_count": num(3), "last_visit_at": .string("2024-05-01")])
        #expect(resolver.plan(for: [a, b]).plan.victorID == "b")
    }

    @Test("visits are compared as instants across offsets, not as text")
    func visitOffsets() throws {
        // 10:00+09:00 is 01:00Z, earlier than 02:00Z although its text sorts later.
        let a = try member("a", ["last_visit_at": .string("2024-05-01T10:00:00+09:00")])
        let b = try member("b", ["last_visit_at": .string("2024-05-01T02:00:00.5Z")])
        #expect(resolver.plan(for: [a, b]).plan.victorID == "b")
    }

    @Test("equal visits fall through to the oldest creation")
    func tieToOldestCreated() throws {
        let a = try member("a", ["last_visit_at": .string("2024-05-01"), "created_at": .string("2021-06-01T00:00:00Z")])
        let b = try member("b", ["last_visit_at": .string("2024-05-01"), "created_at": .string("2019-02-03T00:00:00Z")])
        #expect(resolver.plan(for: [a, b]).plan.victorID == "b")
    }

    @Test("when every criterion ties, the lowest id wins: numerically for numbers")
    func lowestIDNumeric() throws {
        let a = try member("100")
        let b = try member("99")
        #expect(resolver.plan(for: [a, b]).plan.victorID == "99")
    }

    @Test("hex ids tie-break byte-wise")
    func lowestIDHex() throws {
        let a = try member("65a1f0c2e4b0a1b2c3d4e5f6")
        let b = try member("5f1e2d3c4b5a69788796a5b4")
        let plan = resolver.plan(for: [a, b]).plan
        #expect(plan.victorID == "5f1e2d3c4b5a69788796a5b4")
        #expect(plan.victimIDs == ["65a1f0c2e4b0a1b2c3d4e5f6"])
    }

    @Test("lowest_id is appended when the rules leave it out")
    func lowestIDAppended() {
        let rules = ResolutionRules(victorOrder: [.newestUpdated, .newestUpdated])
        #expect(rules.effectiveVictorOrder == [.newestUpdated, .lowestID])
        #expect(ResolutionRules().effectiveVictorOrder == [.mostReservations, .latestVisit, .oldestCreated, .lowestID])
    }

    @Test("newest_updated prefers the later update")
    func newestUpdated() throws {
        let r = Resolver(rules: ResolutionRules(victorOrder: [.newestUpdated]))
        let a = try member("a", ["updated_at": .string("2024-03-05 21:00:00 +0900")])
        let b = try member("b", ["updated_at": .string("2024-03-05T13:00:00Z")])
        #expect(r.plan(for: [a, b]).plan.victorID == "b")
    }

    @Test("most_complete prefers the member with more filled fields")
    func mostComplete() throws {
        let r = Resolver(rules: ResolutionRules(victorOrder: [.mostComplete]))
        let a = try member("a", ["last_name": .string("田中")])
        let b = try member("b", ["last_name": .string("田中"), "first_name": .string("太郎"),
                                 "emails": strings("taro@example.com")])
        #expect(r.plan(for: [a, b]).plan.victorID == "b")
    }

    @Test("an unreadable timestamp ranks below a real one in both directions")
    func unreadableTimestamp() throws {
        let latest = Resolver(rules: ResolutionRules(victorOrder: [.latestVisit]))
        let oldest = Resolver(rules: ResolutionRules(victorOrder: [.oldestCreated]))
        let a = try member("a", ["last_visit_at": .string("yesterday"), "created_at": .string("long ago")])
        let b = try member("b", ["last_visit_at": .string("2020-01-01"), "created_at": .string("2024-01-01")])
        let c = try member("c")
        #expect(latest.plan(for: [a, b, c]).plan.victimIDs == ["a", "c"])
        #expect(oldest.plan(for: [a, b, c]).plan.victimIDs == ["a", "c"])
    }

    @Test("a reviewer's victor leads; the rest keep victor-choice order and a note says so")
    func chosenVictor() throws {
        let a = try member("a", ["reservation_count": num(1)])
        let b = try member("b", ["reservation_count": num(5)])
        let c = try member("c", ["reservation_count": num(3)])
        let resolved = try resolver.plan(for: [a, b, c], victorID: "a")
        #expect(resolved.plan.victorID == "a")
        #expect(resolved.plan.victimIDs == ["b", "c"])
        #expect(resolved.notes == ["victor a was chosen by hand; the rules would choose b"])
        #expect(throws: ResolutionError.victorNotInCluster(victorID: "z", memberIDs: ["b", "c", "a"])) {
            try resolver.plan(for: [a, b, c], victorID: "z")
        }
    }

    @Test("a member listed twice counts once and never becomes its own victim")
    func duplicateMember() throws {
        let a = try member("a", ["reservation_count": num(4)])
        let b = try member("b")
        let resolved = resolver.plan(for: [a, b, a])
        #expect(resolved.plan.victimIDs == ["b"])
        #expect(resolved.plan.body["merge_customer_ids"] == strings("b"))
        #expect(resolved.notes == ["customer a is listed more than once in the cluster; it counts once"])
    }
}
