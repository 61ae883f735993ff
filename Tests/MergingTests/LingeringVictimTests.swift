import Store
import Testing
@testable import Merging

/// The CRM completes a merge asynchronously: victims may go on answering 200 for a while after
/// the PUT was accepted. The victor's `merged_customer_ids` verifies the merge; the later check
/// of the victims (here every cluster's: `--check-victims 1`) asks again with backoff for a
/// bounded time, journals a merge whose victim still answers then as `unverified` (not
/// `failed`), and a later apply verifies it without ever sending it again.
@Suite("A victim that still answers after its merge")
struct LingeringVictimTests {
    @Test("victims that answer for a few more fetches are checked again until they are gone: verified, one PUT")
    func lingeringVictimVerifiedAfterRetries() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        crm.keepVictimsAnswering(forFetches: 3)
        let summary = try fixture.apply(crm, configure: Self.checkEveryVictim)
        #expect(Set(summary.merged.map(\.victorID)) == ["t1", "s2"])
        #expect(summary.failed.isEmpty && summary.unverified.isEmpty)
        #expect(summary.ending == .done)
        #expect(try fixture.states(victor: "t1") == ["planned", "snapshotted", "sent", "verified"])
        #expect(crm.sends(to: "t1") == 1 && crm.sends(to: "s2") == 1)
        // Before the PUT once for the re-check, then once per later check until it answered 404.
        #expect(crm.fetches(of: "t2") == 1 + 4)
        #expect(summary.victimsSampled == 2 && summary.victimsStillAnswering == 0)
    }

    @Test("still answering past the verify timeout: unverified, not failed; the next apply verifies it and sends nothing again")
    func beyondTheTimeoutIsUnverifiedThenVerified() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        crm.keepVictimsAnswering(forFetches: 1_000_000)
        let impatient = VerifyPatience(timeout: .milliseconds(20), firstPause: .milliseconds(1), maximumPause: .milliseconds(4))
        let first = try fixture.apply(crm, patience: impatient, configure: Self.checkEveryVictim)
        #expect(first.failed.isEmpty)
        #expect(first.merged.isEmpty)
        #expect(Set(first.unverified.map(\.victorID)) == ["t1", "s2"])
        #expect(first.unverified.allSatisfy { $0.detail.contains("still answered 200") })
        #expect(first.ending == .someUnverified)
        // Verified by the victor, then found incomplete by the later check of its victims.
        #expect(try fixture.states(victor: "t1") == ["planned", "snapshotted", "sent", "verified", "unverified"])
        #expect(try fixture.entry(victor: "t1")?.state == .unverified)

        crm.completePendingMerges()
        let next = try fixture.apply(crm)
        #expect(Set(next.merged.map(\.victorID)) == ["t1", "s2"])
        #expect(next.rechecked == 2)
        #expect(next.ending == .done)
        #expect(next.text.contains("2 of them left unverified or failed by an earlier apply"))
        #expect(try fixture.states(victor: "t1") == ["planned", "snapshotted", "sent", "verified", "unverified", "verified"])
        #expect(crm.sends(to: "t1") == 1 && crm.sends(to: "s2") == 1)
    }

    @Test("a cluster an earlier apply journalled failed is checked again before anything new is sent, and verified")
    func failedClusterRecheckedFirst() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        let open = try leaveOneClusterUnverified(fixture, crm)
        // As an apply from before `unverified` existed left it.
        try CustomerStore(path: fixture.database).markMerge(runID: open.runID, clusterID: open.clusterID, .failed,
                                                            reason: "not as sent: still answering")
        let other = open.victorID == "t1" ? "s2" : "t1"
        crm.completePendingMerges()
        let callsBefore = crm.calls.count

        let next = try fixture.apply(crm)
        #expect(Set(next.merged.map(\.victorID)) == ["t1", "s2"])
        #expect(next.failed.isEmpty)
        #expect(crm.sends(to: open.victorID) == 1 && crm.sends(to: other) == 1)
        let calls = Array(crm.calls.dropFirst(callsBefore))
        let firstSend = try #require(calls.firstIndex { if case .send = $0 { return true } else { return false } })
        #expect(calls[..<firstSend].contains(.fetch(open.victimIDs[0])), "the failed cluster was not checked before the new PUT")
    }

    @Test("apply --verify checks only what an earlier apply left open, and sends nothing new")
    func verifyOnlySendsNothing() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        let open = try leaveOneClusterUnverified(fixture, crm)
        let other = open.victorID == "t1" ? "s2" : "t1"
        crm.completePendingMerges()

        let verified = try fixture.apply(crm, verifyOnly: true)
        #expect(verified.merged.map(\.victorID) == [open.victorID])
        #expect(verified.considered == 1)
        #expect(crm.sends(to: open.victorID) == 1 && crm.sends(to: other) == 0)
        #expect(try fixture.entry(victor: open.victorID)?.state == .verified)
        #expect(try fixture.entry(victor: other) == nil)
    }

    @Test("still answering when an interrupted apply resumes: the victor shows the merge, so it is verified, not sent again")
    func lingeringVictimIsNotTakenForNothingHappened() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        crm.keepVictimsAnswering(forFetches: 5)
        #expect(throws: SimulatedCrash.self) { try fixture.apply(crm, crash: MergingFixture.crash(at: .sent)) }
        let stopped = try #require(try CustomerStore(path: fixture.database).journal().first { $0.state == .sent })

        let summary = try fixture.apply(crm)
        #expect(summary.merged.map(\.victorID).contains(stopped.victorID))
        #expect(summary.resumed == 1)
        #expect(crm.sends(to: stopped.victorID) == 1)
    }

    @Test("the exit status: a failure outranks an unverified merge")
    func endingOrder() {
        var summary = ApplySummary(runID: 1, selection: .auto, dryRun: false)
        #expect(summary.ending == .done)
        summary.unverified.append(.init(clusterID: 1, victorID: "a", detail: "still answering"))
        #expect(summary.ending == .someUnverified)
        summary.failed.append(.init(clusterID: 2, victorID: "b", detail: "refused"))
        #expect(summary.ending == .someFailed)
    }

    /// `--check-victims 1`: every merged cluster's victims are fetched later.
    static func checkEveryVictim(_ job: inout ApplyJob) {
        job.victimChecks.rate = 1
    }

    /// An apply of one cluster whose victims never stop answering within a 10 ms patience: the
    /// cluster ends `unverified`, as a CRM still completing the merge leaves it. Returns its entry.
    private func leaveOneClusterUnverified(_ fixture: MergingFixture, _ crm: FakeCRM) throws -> JournalEntry {
        crm.keepVictimsAnswering(forFetches: 1_000_000)
        let impatient = VerifyPatience(timeout: .milliseconds(10), firstPause: .milliseconds(1), maximumPause: .milliseconds(2))
        _ = try fixture.apply(crm, limit: 1, patience: impatient, configure: Self.checkEveryVictim)
        return try #require(try CustomerStore(path: fixture.database).journal().first { $0.state == .unverified })
    }
}
