/// An approval that may still hold in a later run: the merge a reviewer approved, the run they
/// approved it on, and the versions of its members then.
public struct StandingApproval: Sendable, Hashable {
    /// The run the reviewer decided on (the first, however many runs carried it since).
    public var originRunID: Int64
    public var victorID: String
    public var victimIDs: [String]
    public var chosenVictorID: String?
    public var planBody: String?
    public var reviewer: String
    public var decidedAt: String
    public var memberVersions: [String: String]

    public init(originRunID: Int64, victorID: String, victimIDs: [String], chosenVictorID: String?, planBody: String?,
                reviewer: String, decidedAt: String, memberVersions: [String: String]) {
        self.originRunID = originRunID
        self.victorID = victorID
        self.victimIDs = victimIDs
        self.chosenVictorID = chosenVictorID
        self.planBody = planBody
        self.reviewer = reviewer
        self.decidedAt = decidedAt
        self.memberVersions = memberVersions
    }

    /// The approved members, victor first.
    public var memberIDs: [String] { [victorID] + victimIDs }
}
