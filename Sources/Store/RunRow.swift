/// One matching run as stored: when, with which rules, and what it found (JSON text).
public struct RunRow: Sendable, Hashable {
    public var id: Int64
    /// ISO 8601 UTC.
    public var startedAt: String
    /// ISO 8601 UTC; nil while the run is going on, or if it never finished.
    public var finishedAt: String?
    public var rulesHash: String?
    /// The rules file as read, so a run can be explained later even if the file changed.
    public var rulesText: String?
    /// The estimated model weights (JSON), when the run trained one.
    public var trainedModel: String?
    /// Counts and timings (JSON).
    public var summary: String?
    /// The model the run scored with (JSON: prior, and m, u per level), trained or not; nil for
    /// runs stored before it was kept.
    public var scoringModel: String?
    /// The process that ran it (nil for runs stored before it was recorded).
    public var processID: Int64?
    /// Tells that process from a later one with the same pid (see ``ProcessIdentity``).
    public var processToken: String?
    /// ISO 8601 UTC: when a later run found this one's process gone and marked it interrupted.
    public var interruptedAt: String?
    /// Live, or a dry run that no "latest run" query picks.
    public var kind: RunKind = .live

    /// Finished, interrupted, or still running: an unfinished run whose process is gone counts
    /// as interrupted even before the next run marks it so (a read-only `status` sees it too).
    public var state: RunState {
        if finishedAt != nil { return .finished }
        if interruptedAt != nil { return .interrupted }
        guard let processID else { return .interrupted }
        return ProcessIdentity.isGone(pid: processID, token: processToken ?? "") ? .interrupted : .running
    }

    public init(id: Int64, startedAt: String, finishedAt: String? = nil, rulesHash: String? = nil,
                rulesText: String? = nil, trainedModel: String? = nil, summary: String? = nil,
                scoringModel: String? = nil) {
        self.id = id
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.rulesHash = rulesHash
        self.rulesText = rulesText
        self.trainedModel = trainedModel
        self.summary = summary
        self.scoringModel = scoringModel
    }
}
