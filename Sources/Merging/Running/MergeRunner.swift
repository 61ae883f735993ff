#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CRMModel
import Resolution
import Store
import Synchronization

/// Carries out the merge of one cluster at a time per calling thread, each step committed to the
/// journal before the next one starts; several threads share one runner (``ParallelApply``).
///
/// For a cluster: take each member as exported unless the change feed names it (or cannot say),
/// then fetch it again (``ChangeTracker``) → re-check (`ClusterRecheck`) → snapshot every member
/// into the journal → mark `sent` → one PUT → verify (`MergeVerification`) from the PUT's answer
/// when it carries the victor, else from one GET of the victor → `verified`; the victims' 404s
/// are checked later by sample (``VictimCheckPolicy``). `sent` is journalled before the request
/// leaves, so after a crash at any point a second `apply` looks at the CRM before it sends
/// anything: a merge is sent again only when the check shows it never took effect.
///
/// The CRM completes a merge asynchronously. The check is therefore repeated with backoff for
/// ``VerifyPatience/timeout``; a merge that is visibly under way but not complete by then is
/// journalled `unverified` (not `failed`), and a merge the CRM accepted with a 2xx is never sent
/// again, whatever the check shows. Clusters an earlier apply left `unverified` or `failed` are
/// checked again in full (victor and victims, never sent) when met.
final class MergeRunner: @unchecked Sendable {
    // Safe to share: every stored property is immutable and Sendable, or a lock, except
    // `progress`, which is only called inside `outputLock`.
    let journal: SharedJournal
    let api: any MergeAPI
    let runID: Int64
    let recheck: ClusterRecheck
    let dryRun: Bool
    let changes: ChangeTracker
    let victimChecks: VictimCheckQueue
    private let progressOutput: ((String) -> Void)?
    private let outputLock = Mutex<Void>(())
    let crash: CrashPoint?
    private let crashSeen = Mutex<[CrashPoint.Step: Int]>([:])
    private let counts = Mutex(RequestCounts())

    /// PUTs sent for one cluster in one `apply` at most; each after the first only when a check
    /// shows the one before never took effect (a 500 that changed nothing, say).
    static let maximumAttempts = 4
    /// Pause before sending again, times the attempt number.
    let resendDelay: Duration
    /// How long a merge may take to complete before it is called `unverified`.
    let patience: VerifyPatience

    init(journal: SharedJournal, api: any MergeAPI, runID: Int64, recheck: ClusterRecheck, dryRun: Bool,
         changes: ChangeTracker, victimChecks: VictimCheckQueue, progress: ((String) -> Void)?, crash: CrashPoint?,
         resendDelay: Duration = .milliseconds(500), patience: VerifyPatience = VerifyPatience()) {
        self.journal = journal
        self.api = api
        self.runID = runID
        self.recheck = recheck
        self.dryRun = dryRun
        self.changes = changes
        self.victimChecks = victimChecks
        self.progressOutput = progress
        self.crash = crash
        self.resendDelay = resendDelay
        self.patience = patience
    }

    /// The calls made so far, by purpose.
    var requests: RequestCounts {
        var out = counts.withLock { $0 }
        out.changeFeedReads = changes.reads
        return out
    }

    enum Purpose { case memberFetch, put, victorFetch, victimCheck }

    func count(_ purpose: Purpose) {
        counts.withLock { c in
            switch purpose {
            case .memberFetch: c.memberFetches += 1
            case .put: c.puts += 1
            case .victorFetch: c.victorFetches += 1
            case .victimCheck: c.victimChecks += 1
            }
        }
    }

    func progress(_ line: String) {
        guard let progressOutput else { return }
        outputLock.withLock { _ in progressOutput(line) }
    }

    /// Crashes on purpose when the crash point names `step` (see ``CrashPoint``); a simulated
    /// crash also stops every other thread's next journal write.
    func reached(_ step: CrashPoint.Step) throws {
        guard let crash else { return }
        do {
            try crashSeen.withLock { seen throws(SimulatedCrash) in try crash.check(step, seen: &seen) }
        } catch {
            journal.halt(at: step)
            throw error
        }
    }

    /// Carries one cluster as far as it goes in this apply.
    /// - Returns: in a dry run, the request that would be sent, if any.
    func apply(_ merge: PlannedMerge, summary: inout ApplySummary) throws -> JSONObject? {
        let entry = try journal.journalEntry(runID: runID, clusterID: merge.clusterID)
        switch entry?.state {
        case .verified?, .skipped?:
            summary.alreadyDone += 1
            return nil
        case .failed?, .unverified?:
            if dryRun {
                summary.skipped.append(outcome(merge.clusterID, merge.victorID,
                                               "\(entry!.state.rawValue) in an earlier apply; run apply to check it again"))
                return nil
            }
            try recheckEarlier(entry!, summary: &summary)
            return nil
        case .sent?:
            if dryRun {
                summary.skipped.append(outcome(merge.clusterID, merge.victorID, "was being sent when an earlier apply stopped; run apply to check it"))
                return nil
            }
            try resumeSent(entry!, summary: &summary)
            return nil
        case .planned?, .snapshotted?, nil:
            break
        }

        // Members the change feed does not name are as exported: their stored record stands in
        // for a GET. The others (all of them when the feed cannot say) are fetched again.
        var fresh: [String: Customer] = [:]
        for member in merge.stored {
            guard try changes.mayHaveChanged(member.id) else {
                fresh[member.id] = member
                continue
            }
            count(.memberFetch)
            if let now = try api.fetchCustomer(member.id) { fresh[member.id] = now }
        }
        switch recheck.check(stored: merge.stored, fresh: fresh, chosenVictor: merge.chosenVictor,
                             storedSinceRun: merge.storedSinceRun) {
        case .skip(let reason):
            if !dryRun { try journal.markMerge(runID: runID, clusterID: merge.clusterID, .skipped, reason: reason) }
            summary.skipped.append(outcome(merge.clusterID, merge.victorID, reason))
            return nil
        case .merge(let resolved, let note):
            let plan = resolved.plan
            if dryRun {
                summary.wouldSend += 1
                return JSONObject([
                    "method": .string("PUT"), "path": .string("/customers/\(plan.victorID)"), "body": .object(plan.body),
                ])
            }
            let (run, clusterID, body) = (runID, merge.clusterID, plan.body.serialized())
            let snapshots = ([plan.victorID] + plan.victimIDs).compactMap { id in
                fresh[id].map {
                    MergeSnapshot(runID: run, clusterID: clusterID, customerID: id,
                                  role: id == plan.victorID ? .victor : .victim, json: JSONValue.object($0.json).serialized())
                }
            }
            try journal.write {
                try $0.recordSnapshots(runID: run, clusterID: clusterID, victorID: plan.victorID,
                                       victimIDs: plan.victimIDs, requestBody: body, snapshots: snapshots)
            }
            try reached(.snapshotted)
            try send(clusterID: merge.clusterID, victorID: plan.victorID, victimIDs: plan.victimIDs, body: plan.body,
                     attemptsSoFar: 0, note: note, summary: &summary)
            return nil
        }
    }

    /// Sends the PUT (journalled as `sent` first) and verifies it.
    func send(clusterID: Int, victorID: String, victimIDs: [String], body: JSONObject, attemptsSoFar: Int,
              note: String?, summary: inout ApplySummary) throws {
        var attempts = attemptsSoFar
        while attempts < Self.maximumAttempts {
            if attempts > attemptsSoFar { Self.pause(resendDelay * (attempts - attemptsSoFar)) }
            attempts += 1
            try journal.markMerge(runID: runID, clusterID: clusterID, .sent)
            try reached(.sending)
            progress("merging cluster \(clusterID): \(victimIDs.count) into \(victorID)")
            let result: MergeSendResult
            do {
                count(.put)
                result = try api.sendMerge(victorID: victorID, body: body)
            } catch {
                // Thrown only when the request was refused outright (a rejected key): nothing happened.
                try journal.markMerge(runID: runID, clusterID: clusterID, .snapshotted, reason: "not sent: \(error)")
                throw error
            }
            try reached(.sent)
            let answer: Customer?
            let accepted: Bool
            switch result {
            case .refused(let why):
                try fail(clusterID, victorID, "the CRM refused the merge: \(why)", summary: &summary)
                return
            case .accepted(let customer):
                (answer, accepted) = (customer, true)
            case .outcomeUnknown:
                (answer, accepted) = (nil, false)
            }
            let (check, evidence) = try verifyPatiently(victorID: victorID, victimIDs: victimIDs, body: body,
                                                        acceptedByCRM: accepted, answer: answer, fullCheck: false)
            if check.verified {
                try markVerified(clusterID, victorID, victimIDs, evidence: evidence, detail: note ?? "\(victimIDs.count) merged",
                                 journalNote: note, summary: &summary)
                return
            }
            // Under way, or accepted with a 2xx: it must never go out again; the next apply checks it.
            if check.completing || (accepted && check.nothingHappened) {
                try markUnverified(clusterID, victorID, check, summary: &summary)
                return
            }
            // Only a merge that certainly did not happen may go out again.
            guard check.nothingHappened else {
                try fail(clusterID, victorID, "not as sent: \(check.problems.joined(separator: "; "))", summary: &summary)
                return
            }
        }
        // Nothing happened, so nothing is lost: back to `snapshotted`, and the next apply tries again.
        let reason = "sent \(attempts) times and it never took effect; the next apply tries again"
        try journal.markMerge(runID: runID, clusterID: clusterID, .snapshotted, reason: reason)
        summary.failed.append(outcome(clusterID, victorID, reason))
    }

    /// Journals a merge `verified`, saying on what evidence and whether its victims are in the
    /// later sample, and queues that check.
    func markVerified(_ clusterID: Int, _ victorID: String, _ victimIDs: [String], evidence: String, detail: String,
                      journalNote: String?, summary: inout ApplySummary) throws {
        let sampled = victimChecks.merged(clusterID: clusterID, victorID: victorID, victimIDs: victimIDs)
        let victims = sampled ? "victims' 404s checked later (in the sample)" : "victims' 404s not checked (not in the sample)"
        let reason = ([journalNote, evidence + "; " + victims] as [String?]).compactMap { $0 }.joined(separator: "; ")
        try journal.markMerge(runID: runID, clusterID: clusterID, .verified, reason: reason)
        try reached(.verified)
        summary.merged.append(outcome(clusterID, victorID, detail))
    }

    static func pause(_ delay: Duration) {
        let (seconds, attoseconds) = delay.components
        var remaining = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        var left = timespec()
        while nanosleep(&remaining, &left) != 0 && errno == EINTR { remaining = left }
    }

    func markUnverified(_ clusterID: Int, _ victorID: String, _ check: MergeVerification,
                        summary: inout ApplySummary) throws {
        let reason = "not complete after \(patience.timeout): \(check.problems.joined(separator: "; ")); "
            + "never sent again: the next apply or `apply --verify` checks it"
        try journal.markMerge(runID: runID, clusterID: clusterID, .unverified, reason: reason)
        summary.unverified.append(outcome(clusterID, victorID, reason))
    }

    func fail(_ clusterID: Int, _ victorID: String, _ reason: String, summary: inout ApplySummary) throws {
        try journal.markMerge(runID: runID, clusterID: clusterID, .failed, reason: reason)
        summary.failed.append(outcome(clusterID, victorID, reason))
    }

    func outcome(_ clusterID: Int, _ victorID: String, _ detail: String) -> ApplySummary.Outcome {
        ApplySummary.Outcome(clusterID: clusterID, victorID: victorID, detail: detail)
    }
}
