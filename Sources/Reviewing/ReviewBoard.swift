import CRMModel
import Normalization
import Reporting
import Resolution
import Store
import StoredRuns

/// A run's suggested merges under review: one cluster at a time as the reviewer sees it (with
/// their edits applied), its decision, and the actions that change them.
///
/// Nothing is held in memory beyond the cluster at hand: a cluster is read from the store when
/// asked for (its stored payload, then the stored edits reapplied), so opening a board costs
/// the same for 300,000 clusters as for 10, and several boards (several review servers, `tcdedupe
/// decide`) on one database always see each other's decisions. Everything a reviewer does is
/// written to the store at once (`decisions` table).
///
/// One store connection: use a board from one thread at a time (the review server keeps it in
/// an actor).
public final class ReviewBoard {
    public let runID: Int64
    let store: CustomerStore
    /// The run's thresholds and confidence bands, for the page.
    public let context: HTMLReportContext
    private lazy var reresolver: Result<ClusterReresolver, Error> = Result {
        guard let run = try store.run(id: runID) else { throw PipelineError("there is no run \(runID)") }
        return ClusterReresolver(rules: try StoredRun.rulesOfRun(run))
    }

    /// The run's normalization, for turning a search query into keys.
    lazy var searchKeys: Result<ReviewSearchKeys, Error> = Result {
        guard let run = try store.run(id: runID) else { throw PipelineError("there is no run \(runID)") }
        return ReviewSearchKeys(options: NormalizationSetup(try StoredRun.rulesOfRun(run).normalization).options)
    }

    /// Opens the run `runID` (default: the latest finished run) of the database at `databasePath`.
    public init(databasePath: String, runID: Int64? = nil) throws {
        store = try CustomerStore.openExisting(databasePath)
        let id = try StoredRun.resolveID(store, requested: runID)
        try StoredRun.requireLive(store, runID: id, command: "review")
        self.runID = id
        context = try StoredRun.htmlContext(store, runID: id, mode: .review)
    }

    /// The id of the cluster of this run that holds `customerID`, if one does.
    public func clusterID(containing customerID: String) throws -> Int? {
        try store.clusterIDs(runID: runID, containing: customerID).first
    }

    /// One cluster as the page's script reads it.
    public func clusterJSON(_ clusterID: Int) throws -> JSONValue {
        let merge = try merge(clusterID)
        return try withPinsAndHistory(HTMLReportData.cluster(merge, mark: try decision(clusterID).map(Self.mark)), merge)
    }

    /// The stored decision on a cluster, if any.
    public func decision(_ clusterID: Int) throws -> DecisionRow? {
        try store.decision(runID: runID, clusterID: clusterID)
    }

    /// The cluster as the reviewer left it.
    public func merge(_ clusterID: Int) throws -> SuggestedMerge {
        try current(try base(clusterID), decision: try decision(clusterID))
    }

    /// `base` with the edits `decision` records reapplied.
    func current(_ base: SuggestedMerge, decision row: DecisionRow?) throws -> SuggestedMerge {
        guard let row, row.chosenVictorID != nil || !row.removedMemberIDs.isEmpty else { return base }
        return try edited(base, victorID: row.chosenVictorID, removed: row.removedMemberIDs)
    }

    /// Approves, rejects or resets a cluster. Approving and rejecting keep the reviewer's edits.
    public func decide(_ clusterID: Int, _ action: ReviewAction, reviewer: String) throws {
        let merge = try merge(clusterID)
        let previous = try decision(clusterID)
        switch action {
        case .reset:
            try store.deleteDecision(runID: runID, clusterID: clusterID)
        case .approve, .reject:
            try save(merge, verdict: action == .approve ? .approved : .rejected, chosenVictorID: previous?.chosenVictorID,
                     removed: previous?.removedMemberIDs ?? [], reviewer: reviewer)
        }
        try updatePins(merge, action, previous: previous, reviewer: reviewer)
        // Decided (or back in the queue after a reset): nobody holds it any more.
        try store.releaseReviewLeases(runID: runID, holder: nil, clusterIDs: [clusterID])
    }

    /// Makes `victorID` the victor and resolves the fields again; the cluster becomes undecided
    /// (an approval was of the old plan).
    public func chooseVictor(_ clusterID: Int, victorID: String, reviewer: String) throws {
        let merge = try merge(clusterID)
        guard merge.members.contains(where: { $0.customerID == victorID }) else {
            throw ReviewError(.notAMember, "customer \(victorID) is not a member of cluster \(clusterID)",
                              hint: "pick one of the cluster's members")
        }
        let removed = try decision(clusterID)?.removedMemberIDs ?? []
        let updated = try edited(try base(clusterID), victorID: victorID, removed: removed)
        try save(updated, verdict: .undecided, chosenVictorID: victorID, removed: removed, reviewer: reviewer)
    }

    /// Takes `memberID` out of the cluster (it will not be merged) and resolves it again; the
    /// cluster becomes undecided.
    public func removeMember(_ clusterID: Int, memberID: String, reviewer: String) throws {
        let merge = try merge(clusterID)
        guard merge.members.contains(where: { $0.customerID == memberID }) else {
            throw ReviewError(.notAMember, "customer \(memberID) is not a member of cluster \(clusterID)",
                              hint: "reload the page: the cluster may have changed")
        }
        guard merge.members.count > 2 else {
            throw ReviewError(.tooFewMembers, "cluster \(clusterID) would keep a single customer",
                              hint: "reject the cluster instead")
        }
        let previous = try decision(clusterID)
        let removed = (previous?.removedMemberIDs ?? []) + [memberID]
        var chosen = previous?.chosenVictorID
        if chosen == memberID { chosen = nil }
        let updated = try edited(try base(clusterID), victorID: chosen, removed: removed)
        try save(updated, verdict: .undecided, chosenVictorID: chosen, removed: removed, reviewer: reviewer)
        try pinRemoved(memberID, from: merge, reviewer: reviewer)
    }

    // MARK: Helpers

    /// The cluster as the run suggested it.
    private func base(_ clusterID: Int) throws -> SuggestedMerge {
        guard let row = try store.cluster(runID: runID, clusterID: clusterID) else {
            throw ReviewError(.unknownCluster, "run \(runID) has no cluster \(clusterID)",
                              hint: "use a cluster id from the report or the review page")
        }
        return try Self.suggestedMerge(row, runID: runID)
    }

    /// A stored cluster's payload read back.
    static func suggestedMerge(_ row: ClusterRow, runID: Int64) throws -> SuggestedMerge {
        do {
            return try SuggestedMerge(json: try JSONValue(parsing: row.payload))
        } catch {
            throw PipelineError("cluster \(row.clusterID) of run \(runID) is damaged in the store: \(error)",
                                hint: "re-run `tcdedupe run`")
        }
    }

    private func save(_ merge: SuggestedMerge, verdict: ReviewVerdict, chosenVictorID: String?, removed: [String],
                      reviewer: String) throws {
        let row = DecisionRow(runID: runID, clusterID: merge.clusterID, verdict: verdict, victorID: merge.plan.victorID,
                              victimIDs: merge.plan.victimIDs, chosenVictorID: chosenVictorID, removedMemberIDs: removed,
                              planBody: JSONValue.object(merge.plan.body).serialized(), reviewer: reviewer)
        try store.saveDecision(row)
    }

    /// `base` with `removed` taken out and `victorID` (or the rules' choice) as victor, resolved
    /// again from the stored records; the evidence keeps the links between remaining members.
    private func edited(_ base: SuggestedMerge, victorID: String?, removed: [String]) throws -> SuggestedMerge {
        let gone = Set(removed)
        let remaining = base.members.map(\.customerID).filter { !gone.contains($0) }
        let resolved = try reresolver.get().resolve(memberIDs: remaining, victorID: victorID, store: store)
        var merge = base
        merge.plan = resolved.plan
        merge.members = resolved.members
        merge.notes = resolved.notes
        merge.after = resolved.after
        merge.explanations = base.explanations.filter { !gone.contains($0.customerA) && !gone.contains($0.customerB) }
        if let weakest = merge.explanations.min(by: { $0.matchWeight < $1.matchWeight }), !gone.isEmpty {
            merge.confidence = weakest.probability
            merge.matchWeight = weakest.matchWeight
        }
        return merge
    }

    static func mark(_ row: DecisionRow) -> ReviewMark {
        ReviewMark(verdict: row.verdict.rawValue, reviewer: row.reviewer, decidedAt: row.decidedAt,
                   chosenVictorID: row.chosenVictorID, removedMemberIDs: row.removedMemberIDs)
    }
}
