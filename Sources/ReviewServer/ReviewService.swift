import CRMModel
import Resolution
import Reviewing
import Store

/// The review board behind the server: one store connection, used by one request at a time.
///
/// It holds no clusters: every request reads what it answers from the store, so memory does
/// not grow with the run.
actor ReviewService {
    private let board: ReviewBoard
    /// The name recorded when the page sends none (`--reviewer`).
    let reviewer: String
    let search: SearchIndexStatus
    private var franchiseList: [String]?

    init(databasePath: String, runID: Int64?, reviewer: String, search: SearchIndexStatus) throws {
        board = try ReviewBoard(databasePath: databasePath, runID: runID)
        self.reviewer = reviewer
        self.search = search
    }

    var runID: Int64 { board.runID }

    func isSearchable() throws -> Bool { try board.isSearchable() }

    /// What the page needs before its first list: the run, its thresholds and bands, the
    /// franchises to filter by, and the default reviewer.
    func pageData() throws -> JSONValue {
        let context = board.context
        if franchiseList == nil { franchiseList = try board.franchises() }
        return .object(JSONObject([
            "run_id": .number(String(context.runID)),
            "run_finished_at": .string(context.runFinishedAt),
            "review_threshold": MergeJSON.number(context.reviewThreshold),
            "auto_merge_threshold": MergeJSON.number(context.autoMergeThreshold),
            "band_floors": .array(context.bandFloors.map(MergeJSON.number)),
            "franchises": .array((franchiseList ?? []).map(JSONValue.string)),
            "reviewer": .string(reviewer),
        ]))
    }

    /// The band `index` as a confidence range: `[floor, ceiling)`, the top band up to 1.
    func band(_ index: Int) -> (low: Double, below: Double?)? {
        let floors = board.context.bandFloors
        guard floors.indices.contains(index) else { return nil }
        return (floors[index], index == 0 ? nil : floors[index - 1])
    }

    func list(_ query: ReviewListQuery, search text: String?, holder: String?) throws -> JSONValue {
        if let text, !text.allSatisfy(\.isWhitespace), !(try board.isSearchable()) {
            throw ReviewError(.badRequest, "the search index is still being built (\(search.percent) % done)",
                              hint: "try again in a moment; filters and the queue work meanwhile")
        }
        let page = try board.list(query, search: text, holder: holder)
        return .object(JSONObject([
            "clusters": .array(page.clusters),
            "next_cursor": page.nextCursor.map { .number(String($0)) } ?? .null,
        ]))
    }

    func claim(_ query: ReviewListQuery, holder: String, reviewer name: String?) throws -> JSONValue {
        .object(JSONObject(["clusters": .array(try board.claim(query, holder: holder, reviewer: name ?? reviewer))]))
    }

    func release(holder: String, clusterIDs: [Int]?) throws -> JSONValue {
        try board.release(holder: holder, clusterIDs: clusterIDs)
        return .object(JSONObject(["released": .bool(true)]))
    }

    func progress(_ queue: ReviewQueueKind) throws -> JSONValue {
        let p = try board.progress(queue)
        let searchable = try board.isSearchable()
        var searchState = JSONObject(["ready": .bool(searchable)])
        if !searchable {
            searchState["percent"] = .number(String(search.percent))
            if let failure = search.failure { searchState["error"] = .string(failure) }
        }
        return .object(JSONObject([
            "progress": .object(JSONObject([
                "queue": .string(queue.rawValue), "total": .number(String(p.total)), "decided": .number(String(p.decided)),
                "approved": .number(String(p.approved)), "rejected": .number(String(p.rejected)),
                "leased": .number(String(p.leased)),
            ])),
            "search": .object(searchState),
        ]))
    }

    func cluster(_ id: Int) throws -> JSONValue { try board.clusterJSON(id) }

    func decide(_ id: Int, _ action: ReviewAction, reviewer name: String?) throws -> JSONValue {
        try board.decide(id, action, reviewer: name ?? reviewer)
        return try board.clusterJSON(id)
    }

    func chooseVictor(_ id: Int, victorID: String, reviewer name: String?) throws -> JSONValue {
        try board.chooseVictor(id, victorID: victorID, reviewer: name ?? reviewer)
        return try board.clusterJSON(id)
    }

    func liftPin(_ id: Int64, reviewer name: String?) throws -> JSONValue {
        .object(JSONObject(["lifted": .bool(try board.liftPin(id: id, reviewer: name ?? reviewer))]))
    }

    func removeMember(_ id: Int, memberID: String, reviewer name: String?) throws -> JSONValue {
        try board.removeMember(id, memberID: memberID, reviewer: name ?? reviewer)
        return try board.clusterJSON(id)
    }
}
