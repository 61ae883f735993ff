import CRMModel
import Store
import Testing
@testable import Merging

/// The journal states a cluster goes through in one `apply`, against an in-memory CRM.
@Suite("Journal states of an apply")
struct JournalStateTests {
    @Test("a clean apply goes planned → snapshotted → sent → verified, one PUT per cluster, journalled sent before it leaves")
    func cleanApply() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let database = fixture.database
        let crm = try fixture.crm { victorID in
            (try? CustomerStore(path: database).journal().first { $0.victorID == victorID }?.state.rawValue) ?? "unplanned"
        }
        let summary = try fixture.apply(crm)

        #expect(summary.merged.map(\.victorID).sorted() == ["s2", "t1"])
        #expect(summary.failed.isEmpty && summary.skipped.isEmpty)
        #expect(try fixture.states(victor: "t1") == ["planned", "snapshotted", "sent", "verified"])
        #expect(try fixture.states(victor: "s2") == ["planned", "snapshotted", "sent", "verified"])
        #expect(crm.observations == ["sent", "sent"])
        #expect(crm.sends(to: "t1") == 1 && crm.sends(to: "s2") == 1)
        #expect(crm.customer("t2") == nil && crm.customer("s1") == nil)
        let merged = crm.customer("t1")?.json["merged_customer_ids"]?.arrayValue?.compactMap(\.stringValue)
        #expect(merged == ["t2"])
        let snapshots = try CustomerStore(path: database).snapshots(customerID: "t2")
        #expect(snapshots.map(\.role) == [.victim])
    }

    @Test("a second apply after a clean one sends nothing and counts both clusters as done")
    func secondApplyIsANoOp() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        try fixture.apply(crm)
        let again = try fixture.apply(crm)
        #expect(again.alreadyDone == 2)
        #expect(again.merged.isEmpty)
        #expect(crm.sends(to: "t1") == 1 && crm.sends(to: "s2") == 1)
    }

    @Test("a member deleted in the CRM since export: planned → skipped, nothing sent")
    func goneMemberIsSkipped() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        crm.remove("t2")
        let summary = try fixture.apply(crm)
        #expect(try fixture.states(victor: "t1") == ["planned", "skipped"])
        #expect(summary.skipped.first { $0.victorID == "t1" }?.detail.contains("gone: t2") == true)
        #expect(crm.sends(to: "t1") == 0)
        #expect(crm.sends(to: "s2") == 1)
    }

    @Test("a merge the CRM refuses: sent → failed, and a later apply reports it without sending again")
    func refusedMergeFails() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        crm.failSends(to: "t1", .refuse("422 phones is invalid"))
        let summary = try fixture.apply(crm)
        #expect(try fixture.states(victor: "t1") == ["planned", "snapshotted", "sent", "failed"])
        #expect(summary.failed.first?.detail.contains("422 phones is invalid") == true)
        #expect(crm.customer("t2") != nil)

        let again = try fixture.apply(crm)
        #expect(again.failed.first?.detail.contains("failed in an earlier apply") == true)
        #expect(crm.sends(to: "t1") == 1)
    }

    @Test("a dry run fetches and hands over each PUT, but journals and sends nothing")
    func dryRun() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        var paths: [String] = []
        let summary = try fixture.apply(crm, dryRun: true) { line in paths.append(line["path"]?.stringValue ?? "") }
        #expect(summary.wouldSend == 2)
        #expect(paths.sorted() == ["/customers/s2", "/customers/t1"])
        #expect(try CustomerStore(path: fixture.database).journal().isEmpty)
        #expect(!crm.calls.contains { if case .send = $0 { true } else { false } })
    }
}
