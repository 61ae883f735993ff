import Store
import Testing
@testable import Merging

/// A CRM that goes on answering for a merged-away victim for a while (a read replica that lags
/// behind, say). Today `apply` verifies once, right after the PUT: such a cluster is journalled
/// failed with the victim named, and it is never sent again.
@Suite("A victim that still answers after its merge")
struct LingeringVictimTests {
    @Test("the cluster fails verification naming the victim, and no second PUT is sent, now or by a later apply")
    func lingeringVictimFailsOnce() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        crm.keepVictimsAnswering(forFetches: 3)
        let summary = try fixture.apply(crm)
        let failed = try #require(summary.failed.first { $0.victorID == "t1" })
        #expect(failed.detail.contains("still answering: t2"))
        #expect(try fixture.states(victor: "t1") == ["planned", "snapshotted", "sent", "failed"])

        let later = try fixture.apply(crm)
        #expect(later.failed.count == 2)
        #expect(crm.sends(to: "t1") == 1 && crm.sends(to: "s2") == 1)
    }

    @Test("still answering when an interrupted apply resumes: the merge is seen to have happened and is not sent again")
    func lingeringVictimIsNotTakenForNothingHappened() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        crm.keepVictimsAnswering(forFetches: 5)
        #expect(throws: SimulatedCrash.self) { try fixture.apply(crm, crash: MergingFixture.crash(at: .sent)) }
        let stopped = try #require(try CustomerStore(path: fixture.database).journal().first { $0.state == .sent })

        let summary = try fixture.apply(crm)
        let failed = try #require(summary.failed.first { $0.victorID == stopped.victorID })
        #expect(failed.detail.contains("after an interruption"))
        #expect(failed.detail.contains("still answering"))
        #expect(crm.sends(to: stopped.victorID) == 1)
    }
}
