import CRMModel
import Store
import Testing
@testable import Merging

/// What verifies a merge, at the fewest requests: the PUT's answer when it carries the victor,
/// else one GET of the victor; the victims' 404s later, by sample.
@Suite("Verifying a merge with few requests")
struct VerificationEvidenceTests {
    static func fetches(_ crm: FakeCRM) -> [String] {
        crm.calls.compactMap { if case .fetch(let id) = $0 { id } else { nil } }
    }

    @Test("the PUT's answer lists the victims: verified with no GET at all, and the journal says so")
    func verifiedFromThePutAnswer() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        let summary = try fixture.apply(crm, configure: ChangeFeedTests.withFeed)
        #expect(summary.merged.count == 2)
        #expect(Self.fetches(crm).isEmpty)
        #expect(summary.requests.victorFetches == 0 && summary.requests.victimChecks == 0)
        let reason = try #require(try fixture.entry(victor: "t1")?.reason)
        #expect(reason.contains("verified from the PUT's answer"))
        #expect(reason.contains("victims' 404s not checked (not in the sample)"))
    }

    @Test("a PUT answered without the customer: one GET of the victor verifies it")
    func victorFetchedWhenTheAnswerIsEmpty() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        crm.answerWithoutCustomer()
        let summary = try fixture.apply(crm, configure: ChangeFeedTests.withFeed)
        #expect(summary.merged.count == 2)
        #expect(Self.fetches(crm).sorted() == ["s2", "t1"])
        #expect(summary.requests.victorFetches == 2)
        #expect(try fixture.entry(victor: "t1")?.reason?.contains("one GET of the victor") == true)
    }

    @Test("a lost answer is still checked before anything is sent again: the victor, then the victims when it shows nothing")
    func lostAnswerCheckedFirst() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        crm.failSends(to: "t1", .failWithoutApplying)
        let summary = try fixture.apply(crm, configure: ChangeFeedTests.withFeed)
        #expect(summary.merged.map(\.victorID).contains("t1"))
        let calls = crm.calls
        let sends = calls.indices.filter { calls[$0] == .send(victorID: "t1") }
        try #require(sends.count == 2)
        #expect(Array(calls[sends[0]..<sends[1]]).filter { if case .fetch = $0 { true } else { false } } == [.fetch("t1"), .fetch("t2")])
    }

    @Test("victims checked by sample: 1 merge in 4 (the first of the apply), later, each victim once; the summary says which")
    func victimSample() throws {
        let fixture = try MergingFixture(eightClusters: ())
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        let summary = try fixture.apply(crm, configure: { job in
            job.changeCursor = "0"
            job.victimChecks.rate = 0.25
        })
        #expect(summary.merged.count == 8)
        #expect(summary.victimsSampled == 2)
        #expect(summary.requests.victimChecks == 2)
        let sampled = try CustomerStore(path: fixture.database).journal().filter { $0.reason?.contains("(in the sample)") == true }
        #expect(sampled.count == 2)
        #expect(Set(Self.fetches(crm)) == Set(sampled.flatMap(\.victimIDs)))
        // Checked after every PUT here: the sample waits for its delay or the end of the apply.
        let lastSend = try #require(crm.calls.lastIndex { if case .send = $0 { true } else { false } })
        #expect(crm.calls.firstIndex { if case .fetch = $0 { true } else { false } }.map { $0 > lastSend } == true)
        #expect(summary.text.contains("victims checked for 404 by sample: 1 merged cluster in 4, later: 2 clusters checked, every victim answered 404"))
    }
}
