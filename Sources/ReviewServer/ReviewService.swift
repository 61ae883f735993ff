import CRMModel
import Reviewing

/// The review board behind the server: one store connection, used by one request at a time.
actor ReviewService {
    private let board: ReviewBoard
    let reviewer: String

    init(databasePath: String, runID: Int64?, reviewer: String) throws {
        board = try ReviewBoard(databasePath: databasePath, runID: runID)
        self.reviewer = reviewer
    }

    var runID: Int64 { board.runID }

    func page() -> String { board.page() }

    func cluster(_ id: Int) throws -> JSONValue { try board.clusterJSON(id) }

    func decide(_ id: Int, _ action: ReviewAction) throws -> JSONValue {
        try board.decide(id, action, reviewer: reviewer)
        return try board.clusterJSON(id)
    }

    func chooseVictor(_ id: Int, victorID: String) throws -> JSONValue {
        try board.chooseVictor(id, victorID: victorID, reviewer: reviewer)
        return try board.clusterJSON(id)
    }

    func removeMember(_ id: Int, memberID: String) throws -> JSONValue {
        try board.removeMember(id, memberID: memberID, reviewer: reviewer)
        return try board.clusterJSON(id)
    }
}
