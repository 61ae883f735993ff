import CRMModel
import Reporting
import Store

/// The review queue on a board: pages of clusters answered from the store, searches, leases
/// for several reviewers, and the queue's progress.
extension ReviewBoard {
    /// A page of clusters for `query`. A query of `search` text is turned into the run's search
    /// keys first; `holder` is the asking browser, so a cluster it holds is not shown as held
    /// by someone else.
    public func list(_ query: ReviewListQuery, search: String?, holder: String?) throws -> ReviewListPage {
        var query = query
        if let search, !search.allSatisfy(\.isWhitespace) {
            query.searchPrefixes = try searchKeys.get().prefixes(search)
        }
        let rows = try store.reviewList(runID: runID, query)
        let clusters = try rows.map { try json($0, holder: holder) }
        let next = rows.count == query.limit ? rows.last?.cluster.clusterID : nil
        return ReviewListPage(clusters: clusters, nextCursor: next)
    }

    /// Hands `holder` (one browser) the head of the queue: open clusters nobody else holds,
    /// leased to it for `seconds`.
    public func claim(_ query: ReviewListQuery, holder: String, reviewer: String, seconds: Int = 600) throws -> [JSONValue] {
        try store.claimReviewClusters(runID: runID, query, holder: holder, reviewer: reviewer, seconds: seconds)
            .map { try json($0, holder: holder) }
    }

    /// Gives clusters back to the queue (skipped ones, or all of a browser's when it leaves).
    public func release(holder: String, clusterIDs: [Int]?) throws {
        try store.releaseReviewLeases(runID: runID, holder: holder, clusterIDs: clusterIDs)
    }

    public func progress(_ queue: ReviewQueueKind) throws -> ReviewProgress {
        try store.reviewProgress(runID: runID, queue: queue)
    }

    /// The franchise ids the run's clusters carry, for the page's filter.
    public func franchises() throws -> [String] {
        try store.clusterFranchises(runID: runID)
    }

    /// Whether searches can be answered (the run's search keys are built).
    public func isSearchable() throws -> Bool {
        try store.hasReviewSearchKeys(runID: runID)
    }

    /// A listed cluster as the page draws it, with `lease` when another browser holds it.
    private func json(_ row: ReviewListRow, holder: String?) throws -> JSONValue {
        let decision = try store.decision(runID: runID, clusterID: row.cluster.clusterID)
        let merge = try current(try Self.suggestedMerge(row.cluster, runID: runID), decision: decision)
        var value = try withPinsAndHistory(HTMLReportData.cluster(merge, mark: decision.map(Self.mark)), merge)
        if let lease = row.lease, case .object(var object) = value {
            object["lease"] = .object(JSONObject([
                "reviewer": .string(lease.reviewer),
                "expires_at": .string(lease.expiresAt),
                "mine": .bool(holder != nil && lease.holder == holder),
            ]))
            value = .object(object)
        }
        return value
    }
}
