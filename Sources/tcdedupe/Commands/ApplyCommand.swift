import ArgumentParser
import CRMModel
import Merging
import Pipeline

struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Merge the suggested clusters of a run through the CRM API: journalled, verified, resumable.",
        discussion: """
            Choose what to merge: --auto (what `report --auto-merge-only` lists), --auto-threshold X \
            (the same with X as the threshold), or --approved (what a reviewer approved with \
            `tcdedupe review` or `tcdedupe decide`). For each cluster: every member the CRM's change \
            feed names as changed since export (every member, when there is no feed) is fetched \
            again; a member gone or changed makes tcdedupe re-score the cluster with the fresh \
            records, and skip it (saying why) when it no longer qualifies; every member's full JSON \
            is snapshotted into the journal; one PUT /customers/{victor} with merge_customer_ids and \
            the resolved fields is sent; the result is verified from the PUT's answer (else one GET \
            of the victor): the victor lists every victim in merged_customer_ids, fields as sent. \
            The victims of a sample of the merges (--check-victims) are fetched later to see them \
            answer 404. Up to --concurrency clusters go at once, so that --rate is the bound; each \
            cluster's steps are journalled in order. The summary prints the requests per merged \
            cluster and their split. The CRM completes merges \
            asynchronously: the check is repeated with backoff for --verify-timeout seconds, and a merge \
            still completing then is journalled unverified (exit code 4), never sent again; the next \
            apply, or apply --verify, checks unverified and failed clusters before sending anything new. \
            Only one apply runs on a database at a time: a second one stops at once, naming the first.

            Every step is committed to the database before the next: stopped at any point (Ctrl-C, \
            a crash, a lost connection), the same command resumes, and a merge whose answer was \
            lost is checked before anything is sent again. `tcdedupe journal` lists what happened; \
            `tcdedupe restore --customer ID` prints what a merge destroyed.

              tcdedupe apply --api-url https://api.tablecheck.com/api/crm/v1 --auto --dry-run --out plan.jsonl
              tcdedupe apply --api-url https://api.tablecheck.com/api/crm/v1 --auto --limit 100
              tcdedupe apply --api-url https://api.tablecheck.com/api/crm/v1 --approved
              tcdedupe apply --api-url https://api.tablecheck.com/api/crm/v1 --auto --verify
            """
    )

    @OptionGroup var api: APIOptions
    @OptionGroup var database: DatabaseOption

    @Option(name: .customLong("run"), help: "The run whose clusters to merge (default: the latest finished run).")
    var runID: Int64?

    @Flag(help: "The clusters at or above the rules' auto-merge threshold that the over-merge guard allows.")
    var auto = false

    @Option(help: ArgumentHelp("Like --auto, with this confidence threshold instead of the rules' one.", valueName: "x"))
    var autoThreshold: Double?

    @Flag(help: "The clusters a reviewer approved.")
    var approved = false

    @Flag(help: "Fetch and re-check, print the requests it would send, change nothing (GETs only).")
    var dryRun = false

    @Option(help: ArgumentHelp("With --dry-run: also write the requests, one JSON object a line.", valueName: "file.jsonl"))
    var out: String?

    @Option(help: ArgumentHelp("Merge at most this many clusters (of those still to do).", valueName: "n"))
    var limit: Int?

    @Flag(help: "Only check the clusters an earlier apply left sent, unverified or failed (never sends a merge); mark those the CRM completed verified.")
    var verify = false

    @Option(help: ArgumentHelp("How long to keep checking a merge the CRM has not finished (it completes merges asynchronously) before journalling it unverified.", valueName: "seconds"))
    var verifyTimeout: Double = 30

    @Option(name: .customLong("require-audit"), help: ArgumentHelp(
        "With --auto or --auto-threshold: refuse to start unless the audit's 95 % lower bound on precision is at least x.",
        discussion: "The audit is `tcdedupe audit`: a random sample of the auto-merges judged by people. Without one, apply refuses.",
        valueName: "x"))
    var requireAudit: Double?
    @Option(help: ArgumentHelp("The fraction of merged clusters whose victims are fetched later to see them answer 404 (1: every one; 0: none). A victim still answering makes every later merge checked.", valueName: "fraction"))
    var checkVictims: Double = VictimCheckPolicy().rate

    @Flag(help: "No progress output.")
    var quiet = false

    func validate() throws {
        let chosen = [auto, autoThreshold != nil, approved].filter { $0 }.count
        guard chosen == 1 else {
            throw ValidationError("say what to merge: exactly one of --auto, --auto-threshold X, --approved")
        }
        if let x = autoThreshold, !(x > 0 && x <= 1) { throw ValidationError("--auto-threshold must be in (0, 1]") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if !(verifyTimeout >= 0 && verifyTimeout <= 3600) { throw ValidationError("--verify-timeout must be between 0 and 3600 seconds") }
        if verify && dryRun { throw ValidationError("--verify checks what an earlier apply sent; it cannot be a --dry-run") }
        if let x = requireAudit {
            if !(0...1).contains(x) { throw ValidationError("--require-audit must be between 0 and 1") }
            if approved { throw ValidationError("--require-audit gates --auto and --auto-threshold; --approved merges what people approved") }
        }
        if !(0...1).contains(checkVictims) { throw ValidationError("--check-victims must be between 0 and 1") }
        if out != nil && !dryRun { throw ValidationError("--out writes the requests of a --dry-run; add --dry-run") }
    }

    func run() throws {
        try CLI.perform {
            let selection: ApplySelection = approved ? .approved : autoThreshold.map(ApplySelection.autoThreshold) ?? .auto
            // What the audit says of the auto-merges: checked before apply starts, printed with
            // the plan, before anything is sent (see `AuditCommand`).
            let audit = approved || verify ? nil
                : try AuditGate(requiredLowerBound: requireAudit).check(databasePath: database.resolvedPath, runID: runID).text
            var job = ApplyJob(databasePath: database.resolvedPath, runID: runID, selection: selection, dryRun: dryRun,
                               requestsPath: out, limit: limit, apiURL: api.apiURL)
            job.resendDelay = .milliseconds(max(api.retryBaseMs, 1) * 2)
            job.patience.timeout = .milliseconds(Int64(verifyTimeout * 1000))
            job.patience.firstPause = min(job.patience.firstPause, .milliseconds(max(api.retryBaseMs, 1) * 10))
            job.verifyOnly = verify
            job.concurrency = api.concurrency ?? Self.defaultConcurrency(rate: api.rate)
            job.victimChecks.rate = checkVictims
            var connection = api.connection
            // One connection per cluster under way, and one for the change feed.
            connection.concurrency = job.concurrency + 1
            let (rate, dryRun) = (api.rate, self.dryRun)
            job.onPlan = { cost in
                if let audit { CLI.say(audit) }
                CLI.say(cost.text(requestsPerSecond: rate, dryRun: dryRun))
            }
            let summary = try job.run(
                connection: connection,
                progress: quiet ? nil : { CLI.progressLine($0) },
                request: dryRun ? { line in
                    CLI.finishProgress()
                    CLI.say(line.serialized())
                } : nil)
            CLI.finishProgress()
            CLI.say(summary.text)
            switch summary.ending {
            case .done: break
            case .someFailed: throw ExitCode(CLI.ExitStatus.applyFailures)
            case .someUnverified: throw ExitCode(CLI.ExitStatus.applyUnverified)
            }
        }
    }

    /// Clusters at once when `--concurrency` is not given: enough requests in flight to reach
    /// `--rate` when each answer takes 400 ms (twice a distant API's 200 ms), plus one for the
    /// time a thread spends writing the journal; at most 32.
    static func defaultConcurrency(rate: Double) -> Int {
        min(32, max(2, Int((rate * 0.4).rounded(.up)) + 1))
    }
}
