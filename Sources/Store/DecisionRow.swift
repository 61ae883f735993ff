/// A reviewer's current decision on one cluster of a run, as stored.
///
/// It carries the merge as the reviewer left it (victor and victims after any edit), so that
/// `apply --approved` reads what to merge from this row alone, however the run's clusters are
/// stored.
public struct DecisionRow: Sendable, Hashable {
    public var runID: Int64
    public var clusterID: Int
    public var verdict: ReviewVerdict
    /// The victor of the merge after the reviewer's edits.
    public var victorID: String
    /// The victims of the merge after the reviewer's edits, in victor-choice order.
    public var victimIDs: [String]
    /// Set only when the reviewer picked the victor by hand.
    public var chosenVictorID: String?
    /// Members the reviewer took out of the cluster (they are not merged).
    public var removedMemberIDs: [String]
    /// The PUT body resolved for the edited merge (JSON text), when there is one.
    public var planBody: String?
    public var reviewer: String
    /// ISO 8601 UTC; set by the store when saved.
    public var decidedAt: String
    /// Each member's version when the decision was made (see ``CustomerStore/memberVersions(_:seenByRun:)``):
    /// a later run carries an approval over only while every member still has it. Empty: the
    /// store takes the versions when it saves the row.
    public var memberVersions: [String: String] = [:]
    /// Set on an approval a later run carried over: the run the reviewer decided on.
    public var carriedFromRun: Int64?

    public init(runID: Int64, clusterID: Int, verdict: ReviewVerdict, victorID: String, victimIDs: [String],
                chosenVictorID: String? = nil, removedMemberIDs: [String] = [], planBody: String? = nil,
                reviewer: String, decidedAt: String = "") {
        self.runID = runID
        self.clusterID = clusterID
        self.verdict = verdict
        self.victorID = victorID
        self.victimIDs = victimIDs
        self.chosenVictorID = chosenVictorID
        self.removedMemberIDs = removedMemberIDs
        self.planBody = planBody
        self.reviewer = reviewer
        self.decidedAt = decidedAt
    }
}
