import Testing
import CRMModel
import Matching
import Store
@testable import Merging
import StoredRuns

/// How `apply` decides, from records fetched again, whether a cluster may still be merged.
@Suite("Re-checking a cluster before its merge")
struct ClusterRecheckTests {
    private static func customer(_ json: String) throws -> Customer {
        try Customer(value: JSONValue(parsing: json))
    }

    private static let victor = #"{"id":"c1","franchise_id":"f1","last_name":"田中","first_name":"太郎","phones":["090-1111-2222"],"emails":["taro@example.jp"],"events":[{"event_type":"birthday","date":"1984-03-05"}],"reservation_count":9,"updated_at":"2024-01-01T00:00:00Z"}"#
    private static let victim = #"{"id":"c2","franchise_id":"f1","last_name":"田中","first_name":"太郎","phones":["+819011112222"],"emails":["Taro@Example.jp"],"events":[{"event_type":"birthday","date":"1984-03-05"}],"reservation_count":1,"updated_at":"2024-01-02T00:00:00Z"}"#

    /// The scoring model of a real run over a small base holding the pair.
    private static func runModel() throws -> ScoringModel {
        let fixture = try MergingFixture(empty: ())
        defer { fixture.cleanUp() }
        _ = try fixture.importAndRun(backgroundCustomers(300) + [victor, victim], threads: 2)
        let store = try CustomerStore(path: fixture.database)
        let runID = try #require(try store.latestRunID())
        let run = try #require(try store.run(id: runID))
        let text = try #require(run.scoringModel)
        return try #require(ModelJSON.decode(text))
    }

    private func recheck(_ selection: ApplySelection = .auto, model: ScoringModel?) throws -> ClusterRecheck {
        ClusterRecheck(rules: try MergingFixture.rules(), model: model, selection: selection)
    }

    @Test("unchanged members are merged with the plan resolved from the fresh records")
    func unchangedMembersMerge() throws {
        let stored = [try Self.customer(Self.victor), try Self.customer(Self.victim)]
        let fresh = Dictionary(uniqueKeysWithValues: stored.map { ($0.id, $0) })
        guard case .merge(let plan, let note) = try recheck(model: nil).check(stored: stored, fresh: fresh) else {
            Issue.record("expected a merge")
            return
        }
        #expect(plan.plan.victorID == "c1")
        #expect(plan.plan.victimIDs == ["c2"])
        #expect(note == nil)
    }

    @Test("a phone added to the victor after export is kept: the body is built from the fresh record")
    func freshPhonesAreKept() throws {
        let stored = [try Self.customer(Self.victor), try Self.customer(Self.victim)]
        let newer = Self.victor.replacingOccurrences(of: #""phones":["090-1111-2222"]"#, with: #""phones":["090-1111-2222","03-1234-5678"]"#)
            .replacingOccurrences(of: "2024-01-01T00:00:00Z", with: "2024-06-01T00:00:00Z")
        let fresh = ["c1": try Self.customer(newer), "c2": stored[1]]
        guard case .merge(let plan, let note) = try recheck(model: try Self.runModel()).check(stored: stored, fresh: fresh) else {
            Issue.record("expected a merge")
            return
        }
        // Phones are appended, never overwritten: the new phone cannot be removed by the merge.
        #expect(plan.plan.body["overwrite_phones"] == nil)
        #expect(plan.after.phones.contains("03-1234-5678"))
        #expect(note?.contains("changed since export: c1") == true)
    }

    @Test("a victim that became someone else after export is skipped, with the reason")
    func changedVictimIsSkipped() throws {
        let stored = [try Self.customer(Self.victor), try Self.customer(Self.victim)]
        let other = #"{"id":"c2","franchise_id":"f1","last_name":"鈴木","first_name":"花子","phones":["+819099998888"],"emails":["hanako@example.jp"],"events":[{"event_type":"birthday","date":"1991-01-01"}],"updated_at":"2024-07-01T00:00:00Z"}"#
        let fresh = ["c1": stored[0], "c2": try Self.customer(other)]
        guard case .skip(let reason) = try recheck(model: try Self.runModel()).check(stored: stored, fresh: fresh) else {
            Issue.record("expected a skip")
            return
        }
        #expect(reason.contains("changed since export: c2"))
        #expect(reason.contains("no longer match"))
    }

    @Test("a victim a sync stored again after the run is scored again: the new record no longer matches, so the cluster is skipped")
    func memberSyncedAfterRunIsRescored() throws {
        // After `sync`, the store (and so `stored`) already holds the new record, and the change
        // feed read from the sync's cursor does not name it: only the store knows it is newer
        // than what the run scored.
        let other = #"{"id":"c2","franchise_id":"f1","last_name":"鈴木","first_name":"花子","phones":["+819099998888"],"emails":["hanako@example.jp"],"events":[{"event_type":"birthday","date":"1991-01-01"}],"updated_at":"2024-07-01T00:00:00Z"}"#
        let stored = [try Self.customer(Self.victor), try Self.customer(other)]
        let fresh = Dictionary(uniqueKeysWithValues: stored.map { ($0.id, $0) })
        let model = try Self.runModel()
        guard case .merge = try recheck(model: model).check(stored: stored, fresh: fresh) else {
            Issue.record("without knowing c2 was stored again, the cluster goes through unchecked")
            return
        }
        guard case .skip(let reason) = try recheck(model: model).check(stored: stored, fresh: fresh, storedSinceRun: ["c2"]) else {
            Issue.record("expected a skip")
            return
        }
        #expect(reason.contains("stored again since the run: c2"))
        #expect(reason.contains("no longer match"))
    }

    @Test("a cluster with one customer left is skipped; a gone hand-picked victor too")
    func goneMembersSkip() throws {
        let stored = [try Self.customer(Self.victor), try Self.customer(Self.victim)]
        guard case .skip(let reason) = try recheck(model: nil).check(stored: stored, fresh: ["c1": stored[0]]) else {
            Issue.record("expected a skip")
            return
        }
        #expect(reason.contains("gone: c2"))
        let picked = try recheck(.approved, model: nil).check(stored: stored, fresh: ["c2": stored[1]], chosenVictor: "c1")
        guard case .skip(let why) = picked else {
            Issue.record("expected a skip")
            return
        }
        #expect(why.contains("c1"))
    }

    @Test("changed members and no stored model: skipped, telling the user to run again")
    func noModelMeansSkip() throws {
        let stored = [try Self.customer(Self.victor), try Self.customer(Self.victim)]
        let touched = Self.victim.replacingOccurrences(of: "2024-01-02T00:00:00Z", with: "2024-09-09T00:00:00Z")
        let outcome = try recheck(model: nil).check(stored: stored, fresh: ["c1": stored[0], "c2": try Self.customer(touched)])
        guard case .skip(let reason) = outcome else {
            Issue.record("expected a skip")
            return
        }
        #expect(reason.contains("tcdedupe run"))
    }
}
