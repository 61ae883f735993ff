import CRMModel
import Rules
import Store
import StoredRuns

/// `tcdedupe apply`: merges the chosen clusters of a run through the CRM API, journalled,
/// verified, resumable.
public struct ApplyJob: Sendable {
    public var databasePath: String
    public var runID: Int64?
    public var selection: ApplySelection
    /// Fetch and re-check, print and write the requests, change nothing (not even the journal).
    public var dryRun: Bool
    /// `--dry-run`: also write the requests as JSON lines here.
    public var requestsPath: String?
    /// At most this many clusters that still need work.
    public var limit: Int?
    /// The API base URL, written into the journal (never the key).
    public var apiURL: String
    /// Pause before sending a merge again that a check showed never took effect (times the attempt).
    public var resendDelay: Duration = .milliseconds(500)
    /// `--verify-timeout`: how long a merge may take to complete before it is `unverified`.
    public var patience = VerifyPatience()
    /// `--verify`: only check the clusters an earlier apply left `sent`, `unverified` or
    /// `failed`; send nothing new.
    public var verifyOnly = false
    /// Told what the chosen merges will cost before any merge request is sent (see ``ApplyCost``);
    /// only the change feed has been read by then.
    public var onPlan: (@Sendable (ApplyCost) -> Void)?
    /// `--concurrency`: clusters carried at once (see ``ParallelApply``).
    public var concurrency = 1
    /// `--check-victims`: how the merged victims' 404s are checked (see ``VictimCheckPolicy``).
    public var victimChecks = VictimCheckPolicy()
    /// How often the change feed is read again during the apply (see ``ChangeTracker``).
    public var changeFeedInterval: Duration = .seconds(5)
    /// The change feed's cursor when the stored records were exported; nil reads the store's
    /// (see `ApplyJob+ChangeCursor.swift`). Set by the tests.
    var changeCursor: String?
    /// A deliberate crash for the tests; nil reads `TCDEDUPE_APPLY_CRASH` (see ``CrashPoint``).
    var crashPoint: CrashPoint?

    public init(databasePath: String, runID: Int64?, selection: ApplySelection, dryRun: Bool,
                requestsPath: String?, limit: Int?, apiURL: String) {
        self.databasePath = databasePath
        self.runID = runID
        self.selection = selection
        self.dryRun = dryRun
        self.requestsPath = requestsPath
        self.limit = limit
        self.apiURL = apiURL
    }

    /// Runs against `api` (the CRM client, or an in-memory CRM in tests).
    /// - Parameter request: `--dry-run`: called with each request that would be sent.
    public func run(api: any MergeAPI, progress: ((String) -> Void)?, request: ((JSONObject) -> Void)?) throws -> ApplySummary {
        let store = try CustomerStore.openExisting(databasePath)
        // One apply per database (see `CustomerStore+ApplyLock.swift`); a dry run writes nothing.
        if !dryRun {
            if case .heldBy(let holder) = try store.acquireApplyLock() {
                throw PipelineError("another tcdedupe apply is running on \(databasePath): \(holder)",
                                    hint: "wait for it to finish; if that process is stuck, stop it (kill \(holder.processID) on its host) "
                                        + "and run apply again: a killed apply's lock is taken over and its journal resumed")
            }
        }
        defer { if !dryRun { try? store.releaseApplyLock() } }
        let runID = try StoredRun.resolveID(store, requested: self.runID)
        try StoredRun.requireLive(store, runID: runID, command: "apply")
        guard let row = try store.run(id: runID), let text = row.rulesText else {
            throw PipelineError("run \(runID) kept no rules", hint: "run `tcdedupe run` again")
        }
        let rules: RuleSet
        do { rules = try RulesParser.parse(text, source: "rules of run \(runID)") } catch {
            throw PipelineError("the rules stored with run \(runID) no longer parse: \(error)", hint: "run `tcdedupe run` again")
        }
        let model = row.scoringModel.flatMap(ModelJSON.decode)

        var merges = try ApplyPlanner(store: store, runID: runID, rules: rules).merges(selection)
        var summary = ApplySummary(runID: runID, selection: selection, dryRun: dryRun)
        // Clusters an earlier apply left open are checked before anything new is sent: a merge
        // the CRM completed late is verified, never sent again (`MergeRunner`).
        var earlier: [PlannedMerge] = [], fresh: [PlannedMerge] = []
        for merge in merges {
            switch try store.journalEntry(runID: runID, clusterID: merge.clusterID)?.state {
            case .sent?, .unverified?, .failed?: earlier.append(merge)
            case .verified?, .skipped?: if limit != nil || verifyOnly { summary.alreadyDone += 1 } else { fresh.append(merge) }
            case .planned?, .snapshotted?, nil: fresh.append(merge)
            }
        }
        merges = verifyOnly ? earlier : earlier + fresh
        if let limit { merges = Array(merges.prefix(limit)) }
        summary.considered = merges.count
        summary.concurrency = max(1, concurrency)
        summary.victimPolicy = victimChecks

        let changes = ChangeTracker(api: api, cursor: try changeCursor ?? Self.exportChangeCursor(store),
                                    pollInterval: changeFeedInterval)
        if !verifyOnly {
            // The first read of the change feed tells which members must be fetched again: the
            // cost is known only then, and nothing has been sent to merge yet.
            try changes.readIfDue()
            var refetched = 0
            for merge in merges {
                for member in merge.stored { refetched += try changes.mayHaveChanged(member.id) ? 1 : 0 }
            }
            onPlan?(ApplyCost(merges, refetched: refetched, changeFeedKnown: changes.isKnown, victimChecks: victimChecks))
        }
        let crash = crashPoint ?? CrashPoint.fromEnvironment()
        let journal = SharedJournal(store: store)
        if !dryRun && !verifyOnly {
            let entries = merges.map {
                JournalEntry(runID: runID, clusterID: $0.clusterID, victorID: $0.victorID, victimIDs: $0.victimIDs,
                             state: .planned, mode: selection.description, apiURL: apiURL)
            }
            try journal.write { try $0.planMerges(entries) }
        }

        let output = try requestsPath.map { try RequestLines(path: $0) }
        let runner = MergeRunner(
            journal: journal, api: api, runID: runID,
            recheck: ClusterRecheck(rules: rules, model: model, selection: selection), dryRun: dryRun,
            changes: changes, victimChecks: VictimCheckQueue(policy: victimChecks),
            progress: progress, crash: crash, resendDelay: resendDelay, patience: patience)
        if !dryRun && !verifyOnly { try runner.reached(.planned) }
        let parallel = ParallelApply(runner: runner, merges: merges, concurrency: concurrency) { line in
            try output?.write(line)
            request?(line)
        }
        try parallel.run(into: &summary)
        summary.requests = runner.requests
        summary.changeFeedUnknown = changes.unknownReason
        summary.changedSinceExport = changes.changedCount
        summary.victimsSampled = runner.victimChecks.sampled
        summary.victimsStillAnswering = runner.victimChecks.stillAnswering
        summary.finish(order: Dictionary(merges.enumerated().map { ($1.clusterID, $0) }, uniquingKeysWith: { a, _ in a }))
        try output?.close()
        return summary
    }
}
