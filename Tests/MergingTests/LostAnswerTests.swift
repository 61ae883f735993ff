import Testing
@testable import Merging

/// A PUT whose answer never came back: the merge may or may not have happened, so `apply`
/// looks at the CRM before it sends anything again.
@Suite("A lost answer")
struct LostAnswerTests {
    @Test("an answer lost after the CRM merged is checked and verified, never sent twice")
    func lostAfterApplying() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        crm.failSends(to: "t1", .loseAnswerAfterApplying)
        let summary = try fixture.apply(crm)
        #expect(summary.merged.map(\.victorID).contains("t1"))
        #expect(try fixture.states(victor: "t1") == ["planned", "snapshotted", "sent", "verified"])
        #expect(crm.sends(to: "t1") == 1)
        #expect(try fixture.entry(victor: "t1")?.attempts == 1)
    }

    @Test("a 500 that changed nothing is checked, then sent again once, and verified")
    func failedWithoutApplyingIsResent() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        crm.failSends(to: "t1", .failWithoutApplying)
        let summary = try fixture.apply(crm)
        #expect(summary.merged.map(\.victorID).contains("t1"))
        #expect(try fixture.states(victor: "t1") == ["planned", "snapshotted", "sent", "sent", "verified"])
        #expect(crm.sends(to: "t1") == 2)
        // Between the two PUTs the victim was fetched to learn that nothing had happened.
        let calls = crm.calls
        let sends = calls.indices.filter { calls[$0] == .send(victorID: "t1") }
        #expect(calls[sends[0]..<sends[1]].contains(.fetch("t2")))
    }

    @Test("a CRM that never takes the merge: sent the most times allowed, then back to snapshotted for the next apply")
    func neverTakesEffect() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        let attempts = MergeRunner.maximumAttempts
        for _ in 0..<attempts { crm.failSends(to: "t1", .failWithoutApplying) }
        let summary = try fixture.apply(crm)
        #expect(crm.sends(to: "t1") == attempts)
        #expect(try fixture.entry(victor: "t1")?.state == .snapshotted)
        #expect(summary.failed.first?.detail.contains("never took effect") == true)

        let next = try fixture.apply(crm)
        #expect(next.merged.map(\.victorID).contains("t1"))
        #expect(crm.sends(to: "t1") == attempts + 1)
    }
}
