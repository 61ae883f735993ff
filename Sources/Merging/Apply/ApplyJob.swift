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
        let runID = try StoredRun.resolveID(store, requested: self.runID)
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
        if let limit {
            var open: [PlannedMerge] = []
            for merge in merges where open.count < limit {
                let state = try store.journalEntry(runID: runID, clusterID: merge.clusterID)?.state
                if state?.isFinal == true { summary.alreadyDone += 1 } else { open.append(merge) }
            }
            merges = open
        }
        summary.considered = merges.count
        if !dryRun {
            try store.planMerges(merges.map {
                JournalEntry(runID: runID, clusterID: $0.clusterID, victorID: $0.victorID, victimIDs: $0.victimIDs,
                             state: .planned, mode: selection.description, apiURL: apiURL)
            })
        }

        let output = try requestsPath.map { try RequestLines(path: $0) }
        let runner = MergeRunner(
            store: store, api: api, runID: runID,
            recheck: ClusterRecheck(rules: rules, model: model, selection: selection), dryRun: dryRun,
            wouldSend: { line in
                try output?.write(line)
                request?(line)
            },
            progress: progress, crash: crashPoint ?? CrashPoint.fromEnvironment(), resendDelay: resendDelay)
        for (k, merge) in merges.enumerated() {
            progress?("cluster \(merge.clusterID) (\(k + 1) of \(merges.count))")
            try runner.apply(merge, summary: &summary)
        }
        try output?.close()
        return summary
    }
}
