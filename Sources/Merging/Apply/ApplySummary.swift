/// What one `apply` did, for the closing lines.
public struct ApplySummary: Sendable {
    public struct Outcome: Sendable, Hashable {
        public var clusterID: Int
        public var victorID: String
        public var detail: String
    }

    public var runID: Int64
    public var selection: ApplySelection
    public var dryRun: Bool
    /// Clusters this call looked at (after `--limit`).
    public var considered = 0
    /// Merged and verified by this call.
    public var merged: [Outcome] = []
    /// Found already verified or skipped in the journal (an earlier `apply`).
    public var alreadyDone = 0
    /// Of `merged`: found `sent` by an interrupted `apply`, checked, and verified without sending again.
    public var resumed = 0
    /// Of `merged`: left `unverified` or `failed` by an earlier apply, checked again and found complete.
    public var rechecked = 0
    public var skipped: [Outcome] = []
    public var failed: [Outcome] = []
    /// Accepted (or under way) but not complete within `--verify-timeout`: not failures; checked again later.
    public var unverified: [Outcome] = []
    /// `--dry-run`: the requests that would have been sent.
    public var wouldSend = 0
    /// The CRM calls this apply made, by purpose.
    public var requests = RequestCounts()
    /// What the change feed said: nil when it answered (members it did not name were used as
    /// exported), else why every member was fetched.
    public var changeFeedUnknown: String?
    /// Customers the change feed named since export (fetched again when in a cluster).
    public var changedSinceExport = 0
    /// How the victims' 404s were checked.
    public var victimPolicy = VictimCheckPolicy()
    /// Merged clusters whose victims were checked later (the sample), and of those, how many had
    /// a victim still answering (then `unverified`, and every later merge checked).
    public var victimsSampled = 0
    public var victimsStillAnswering = 0
    /// Clusters carried at once (`--concurrency`).
    public var concurrency = 1
    /// Of `merged`: found with a victim still answering by the later sample, so moved to
    /// `unverified` when the summary is finished (see ``finish(order:)``).
    var demoted: [Outcome] = []

    /// How the apply ended, for the exit code: a failure outranks an unverified merge.
    public enum Ending: Sendable, Equatable {
        case done
        case someUnverified
        case someFailed
    }

    public var ending: Ending {
        if !failed.isEmpty { return .someFailed }
        return unverified.isEmpty ? .done : .someUnverified
    }

    public init(runID: Int64, selection: ApplySelection, dryRun: Bool) {
        self.runID = runID
        self.selection = selection
        self.dryRun = dryRun
    }
}
