import Store
import Testing
@testable import Merging

/// `apply` stopped at each step of a cluster, then run again with a fresh runner on the same
/// database: the second run ends where an uninterrupted one would, and no merge goes out twice.
@Suite("Resuming an interrupted apply")
struct CrashResumeTests {
    @Test("stopped while a cluster was only planned (nothing fetched yet): the next apply merges it once")
    func stoppedWhilePlanned() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        // `apply` plans every cluster first: stopping at the first one's snapshot leaves the
        // second planned and untouched.
        #expect(throws: SimulatedCrash.self) { try fixture.apply(crm, crash: MergingFixture.crash(at: .snapshotted)) }
        let planned = try #require(try CustomerStore(path: fixture.database).journal().first { $0.state == .planned })
        #expect(!crm.calls.contains(.fetch(planned.victorID)))

        let summary = try fixture.apply(crm)
        #expect(summary.merged.count == 2)
        #expect(crm.sends(to: "t1") == 1 && crm.sends(to: "s2") == 1)
        #expect(try fixture.states(victor: planned.victorID) == ["planned", "snapshotted", "sent", "verified"])
    }

    @Test("stopped after the snapshots, before the PUT (state snapshotted): the next apply sends it once")
    func stoppedWhenSnapshotted() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        #expect(throws: SimulatedCrash.self) { try fixture.apply(crm, crash: MergingFixture.crash(at: .snapshotted)) }
        let stopped = try #require(try CustomerStore(path: fixture.database).journal().first { $0.state == .snapshotted })
        #expect(crm.sends(to: stopped.victorID) == 0)

        let summary = try fixture.apply(crm)
        #expect(summary.merged.count == 2)
        #expect(summary.resumed == 0)
        #expect(crm.sends(to: "t1") == 1 && crm.sends(to: "s2") == 1)
        // The resumed apply fetches and snapshots the members again: what it sends is built from
        // the records as they are now.
        #expect(try fixture.states(victor: stopped.victorID) == ["planned", "snapshotted", "snapshotted", "sent", "verified"])
    }

    @Test("stopped after sent was journalled but before the PUT left: the check finds nothing happened and sends once")
    func stoppedBeforeThePutLeft() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        #expect(throws: SimulatedCrash.self) { try fixture.apply(crm, crash: MergingFixture.crash(at: .snapshotted)) }
        // What a kill between `markMerge(.sent)` and the request leaves behind.
        let store = try CustomerStore(path: fixture.database)
        let stopped = try #require(try store.journal().first { $0.state == .snapshotted })
        try store.markMerge(runID: stopped.runID, clusterID: stopped.clusterID, .sent)

        let summary = try fixture.apply(crm)
        #expect(summary.merged.count == 2)
        #expect(crm.sends(to: stopped.victorID) == 1)
        #expect(try fixture.entry(victor: stopped.victorID)?.state == .verified)
    }

    @Test("stopped after the PUT was answered, before verifying (state sent): the next apply verifies it without sending")
    func stoppedWhenSent() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        #expect(throws: SimulatedCrash.self) { try fixture.apply(crm, crash: MergingFixture.crash(at: .sent)) }
        let stopped = try #require(try CustomerStore(path: fixture.database).journal().first { $0.state == .sent })
        #expect(crm.sends(to: stopped.victorID) == 1)

        let summary = try fixture.apply(crm)
        #expect(summary.merged.count == 2)
        #expect(summary.resumed == 1)
        #expect(crm.sends(to: stopped.victorID) == 1)
        #expect(summary.merged.first { $0.victorID == stopped.victorID }?.detail == "verified after an interruption")
    }

    @Test("stopped after a lost answer: the next apply checks the CRM first and does not send it again")
    func stoppedAfterALostAnswer() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        crm.failSends(to: "t1", .loseAnswerAfterApplying)
        crm.failSends(to: "s2", .loseAnswerAfterApplying)
        #expect(throws: SimulatedCrash.self) { try fixture.apply(crm, crash: MergingFixture.crash(at: .sent)) }

        let summary = try fixture.apply(crm)
        #expect(summary.merged.count == 2)
        #expect(summary.resumed == 1)
        #expect(crm.sends(to: "t1") == 1 && crm.sends(to: "s2") == 1)
    }

    @Test("the second cluster stopped at its snapshot: the first stays verified, the second is sent once")
    func stoppedAtTheSecondCluster() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        #expect(throws: SimulatedCrash.self) { try fixture.apply(crm, crash: MergingFixture.crash(at: .snapshotted, cluster: 2)) }
        let states = try CustomerStore(path: fixture.database).journal().map(\.state)
        #expect(states == [.verified, .snapshotted])

        let summary = try fixture.apply(crm)
        #expect(summary.alreadyDone == 1)
        #expect(summary.merged.count == 1)
        #expect(crm.sends(to: "t1") == 1 && crm.sends(to: "s2") == 1)
    }

    @Test("a PUT refused outright (a rejected key) stops the apply with the cluster back at snapshotted; the next apply sends it")
    func rejectedKeyStopsTheApply() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        // The first cluster of the run is 鈴木花子's (victor s2).
        crm.failSends(to: "s2", .throwError)
        #expect(throws: FakeCRM.RejectedKey.self) { try fixture.apply(crm) }
        let entries = try CustomerStore(path: fixture.database).journal()
        #expect(entries.first { $0.state == .snapshotted }?.victorID == "s2")
        #expect(entries.first { $0.state == .planned }?.victorID == "t1")
        #expect(crm.customer("s1") != nil)

        let summary = try fixture.apply(crm)
        #expect(summary.merged.count == 2)
        #expect(crm.customer("t2") == nil && crm.customer("s1") == nil)
    }
}
