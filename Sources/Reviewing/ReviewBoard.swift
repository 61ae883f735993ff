import CRMModel
import Reporting
import Resolution
import Store
import StoredRuns

/// A run's suggested merges under review: the clusters as the reviewer sees them (with their
/// edits applied), the decisions, and the actions that change them.
///
/// Everything a reviewer does is written to the store at once (`decisions` table), so the review
/// survives a restart; opening a board reapplies the stored edits. The clusters themselves are
/// read through ``StoredRun/load(_:runID:minimumConfidence:)`` only.
///
/// One store connection: use a board from one thread at a time (the review server keeps it in
/// an actor).
public final class ReviewBoard {
    public let runID: Int64
    private let store: CustomerStore
    private let context: HTMLReportContext
    /// The run's suggestions, by cluster id, as stored.
    private let suggested: [Int: SuggestedMerge]
    /// Cluster ids in the run's order.
    private let order: [Int]
    /// The clusters as the reviewer left them (only those edited differ from `suggested`).
    private var current: [Int: SuggestedMerge]
    private var decisions: [Int: DecisionRow]
    private lazy var reresolver: Result<ClusterReresolver, Error> = Result {
        guard let run = try store.run(id: runID) else { throw PipelineError("there is no run \(runID)") }
        return ClusterReresolver(rules: try StoredRun.rulesOfRun(run))
    }

    /// Opens the run `runID` (default: the latest finished run) of the database at `databasePath`.
    public init(databasePath: String, runID: Int64? = nil) throws {
        store = try CustomerStore.openExisting(databasePath)
        let id = try StoredRun.resolveID(store, requested: runID)
        self.runID = id
        let merges = try StoredRun.load(store, runID: id).merges
        order = merges.map(\.clusterID)
        suggested = Dictionary(merges.map { ($0.clusterID, $0) }, uniquingKeysWith: { first, _ in first })
        current = suggested
        context = try StoredRun.htmlContext(store, runID: id, mode: .review)
        decisions = Dictionary(try store.decisions(runID: id).map { ($0.clusterID, $0) }, uniquingKeysWith: { _, last in last })
        for (clusterID, row) in decisions where row.chosenVictorID != nil || !row.removedMemberIDs.isEmpty {
            if let base = suggested[clusterID] {
                current[clusterID] = try edited(base, victorID: row.chosenVictorID, removed: row.removedMemberIDs)
            }
        }
    }

    /// The clusters as the reviewer sees them, in the run's order.
    public var merges: [SuggestedMerge] { order.compactMap { current[$0] } }

    /// The review page, every cluster and decision embedded.
    public func page() -> String {
        HTMLReport.page(merges, context: context, marks: decisions.mapValues(Self.mark))
    }

    /// One cluster as the page's script reads it.
    public func clusterJSON(_ clusterID: Int) throws -> JSONValue {
        HTMLReportData.cluster(try merge(clusterID), mark: decisions[clusterID].map(Self.mark))
    }

    /// The stored decision on a cluster, if any.
    public func decision(_ clusterID: Int) -> DecisionRow? { decisions[clusterID] }

    /// The cluster as the reviewer left it.
    public func merge(_ clusterID: Int) throws -> SuggestedMerge {
        guard let merge = current[clusterID] else {
            throw ReviewError(.unknownCluster, "run \(runID) has no cluster \(clusterID)",
                              hint: "use a cluster id from the report or the review page")
        }
        return merge
    }

    /// Approves, rejects or resets a cluster. Approving and rejecting keep the reviewer's edits.
    public func decide(_ clusterID: Int, _ action: ReviewAction, reviewer: String) throws {
        let merge = try merge(clusterID)
        let previous = decisions[clusterID]
        switch action {
        case .reset:
            try store.deleteDecision(runID: runID, clusterID: clusterID)
            decisions[clusterID] = nil
            current[clusterID] = suggested[clusterID]
        case .approve, .reject:
            try save(merge, verdict: action == .approve ? .approved : .rejected, chosenVictorID: previous?.chosenVictorID,
                     removed: previous?.removedMemberIDs ?? [], reviewer: reviewer)
        }
    }

    /// Makes `victorID` the victor and resolves the fields again; the cluster becomes undecided
    /// (an approval was of the old plan).
    public func chooseVictor(_ clusterID: Int, victorID: String, reviewer: String) throws {
        let merge = try merge(clusterID)
        guard merge.members.contains(where: { $0.customerID == victorID }) else {
            throw ReviewError(.notAMember, "customer \(victorID) is not a member of cluster \(clusterID)",
                              hint: "pick one of the cluster's members")
        }
        let removed = decisions[clusterID]?.removedMemberIDs ?? []
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
        let removed = (decisions[clusterID]?.removedMemberIDs ?? []) + [memberID]
        var chosen = decisions[clusterID]?.chosenVictorID
        if chosen == memberID { chosen = nil }
        let updated = try edited(try base(clusterID), victorID: chosen, removed: removed)
        try save(updated, verdict: .undecided, chosenVictorID: chosen, removed: removed, reviewer: reviewer)
    }

    // MARK: Helpers

    private func base(_ clusterID: Int) throws -> SuggestedMerge {
        guard let merge = suggested[clusterID] else {
            throw ReviewError(.unknownCluster, "run \(runID) has no cluster \(clusterID)", hint: "use a cluster id from the report")
        }
        return merge
    }

    private func save(_ merge: SuggestedMerge, verdict: ReviewVerdict, chosenVictorID: String?, removed: [String],
                      reviewer: String) throws {
        let row = DecisionRow(runID: runID, clusterID: merge.clusterID, verdict: verdict, victorID: merge.plan.victorID,
                              victimIDs: merge.plan.victimIDs, chosenVictorID: chosenVictorID, removedMemberIDs: removed,
                              planBody: JSONValue.object(merge.plan.body).serialized(), reviewer: reviewer)
        decisions[merge.clusterID] = try store.saveDecision(row)
        current[merge.clusterID] = merge
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

    private static func mark(_ row: DecisionRow) -> ReviewMark {
        ReviewMark(verdict: row.verdict.rawValue, reviewer: row.reviewer, decidedAt: row.decidedAt,
                   chosenVictorID: row.chosenVictorID, removedMemberIDs: row.removedMemberIDs)
    }
}
