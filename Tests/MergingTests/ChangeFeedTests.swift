import CRMModel
import Store
import Synchronization
import Testing
@testable import Merging

/// With the CRM's change feed, `apply` fetches again only the members that may have changed
/// since export; the others' stored records stand in for a GET.
@Suite("Fetching only what changed since export")
struct ChangeFeedTests {
    /// The change feed read from the export's cursor, no victim sample (so every call counted is
    /// the merge's own).
    static func withFeed(_ job: inout ApplyJob) {
        job.changeCursor = "0"
        job.victimChecks.rate = 0
    }

    static func memberFetches(_ crm: FakeCRM) -> [String] {
        crm.calls.compactMap { if case .fetch(let id) = $0 { id } else { nil } }
    }

    @Test("no member changed: none is fetched, one PUT per cluster, verified from the PUT's answer")
    func unchangedMembersAreNotFetched() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        let summary = try fixture.apply(crm, configure: Self.withFeed)
        #expect(Set(summary.merged.map(\.victorID)) == ["t1", "s2"])
        #expect(Self.memberFetches(crm).isEmpty)
        #expect(crm.sends(to: "t1") == 1 && crm.sends(to: "s2") == 1)
        #expect(summary.requests.memberFetches == 0 && summary.requests.puts == 2)
        #expect(summary.requests.changeFeedReads == 1)
        #expect(summary.changeFeedUnknown == nil)
        #expect(summary.text.contains("requests       1.50 per merged cluster (3 in all: 2 PUTs, 0 member GETs"))
        // The snapshot is the stored record, which the feed says is the CRM's.
        let snapshot = try #require(try CustomerStore(path: fixture.database).snapshots(customerID: "t2").first)
        #expect(snapshot.json.contains("Taro.Tanaka@example.jp"))
    }

    @Test("a member the feed names is fetched; it became someone else, so the cluster is re-checked and skipped")
    func changedMemberIsFetchedAndRechecked() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        crm.edit("t2", ["last_name": .string("鈴木"), "first_name": .string("一郎"), "phones": .array([.string("+819099990000")]),
                        "emails": .array([.string("ichiro@example.jp")])])
        let summary = try fixture.apply(crm, configure: Self.withFeed)
        #expect(Self.memberFetches(crm) == ["t2"])
        #expect(crm.sends(to: "t1") == 0)
        let skipped = try #require(summary.skipped.first { $0.victorID == "t1" })
        #expect(skipped.detail.contains("changed since export: t2"))
        #expect(summary.merged.map(\.victorID) == ["s2"])
        #expect(summary.changedSinceExport == 1)
    }

    @Test("a member the feed names but changed in nothing that matters is fetched, re-scored, and merged from its fresh record")
    func changedMemberStillMatches() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        crm.edit("s1", ["reservation_count": .number("3")])
        let summary = try fixture.apply(crm, configure: Self.withFeed)
        #expect(Self.memberFetches(crm) == ["s1"])
        let merged = try #require(summary.merged.first { $0.victorID == "s2" })
        #expect(merged.detail.contains("changed since export: s1"))
        #expect(try CustomerStore(path: fixture.database).snapshots(customerID: "s1").first?.json.contains(#""reservation_count":3"#) == true)
    }

    @Test("no change feed (no Sync API): every member is fetched, as before")
    func unknownFeedFetchesEveryMember() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        crm.withoutChangeFeed()
        let summary = try fixture.apply(crm, configure: Self.withFeed)
        #expect(Set(Self.memberFetches(crm)) == ["t1", "t2", "s1", "s2"])
        #expect(summary.requests.memberFetches == 4)
        #expect(summary.changeFeedUnknown?.contains("no Sync API") == true)
        #expect(summary.text.contains("every member was fetched before its merge"))
    }

    @Test("the feed is read again during the apply: a change made after the first read is seen before the next cluster")
    func changeDuringTheApplyIsSeen() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        // Just before the first PUT (鈴木花子's cluster comes first), someone edits t2.
        let edited = EditOnce()
        let watched = try fixture.crm { victorID in
            edited.run(victorID)
            return nil
        }
        edited.target.withLock { $0 = watched }
        let summary = try fixture.apply(watched, configure: { job in
            Self.withFeed(&job)
            job.changeFeedInterval = .zero
        })
        #expect(Self.memberFetches(watched) == ["t2"])
        #expect(watched.sends(to: "t1") == 0)
        #expect(summary.skipped.first { $0.victorID == "t1" }?.detail.contains("changed since export: t2") == true)
        #expect(summary.requests.changeFeedReads > 1)
    }
}

/// Edits t2 into someone else the first time a PUT goes out.
private final class EditOnce: Sendable {
    let target = Mutex<FakeCRM?>(nil)
    private let done = Mutex(false)

    func run(_ victorID: String) {
        guard done.withLock({ d in defer { d = true }; return !d }) else { return }
        target.withLock { $0 }?.edit("t2", ["last_name": .string("佐藤"), "first_name": .string("次郎"),
                                            "phones": .array([.string("+819088887777")]), "emails": .array([.string("jiro@example.jp")])])
    }
}
