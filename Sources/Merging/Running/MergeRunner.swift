#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CRMModel
import Resolution
import Store

/// Carries out the merges of one `apply`, cluster by cluster, each step committed to the journal
/// before the next one starts.
///
/// For a cluster: fetch every member again → re-check (`ClusterRecheck`) → snapshot every
/// member into the journal → mark `sent` → one PUT → verify (`MergeVerification`) → `verified`.
/// `sent` is journalled before the request leaves, so after a crash at any point a second
/// `apply` looks at the CRM before it sends anything: a merge is sent again only when the check
/// shows it never took effect, and at most twice in all.
///
/// The CRM completes a merge asynchronously: after the PUT, victims may answer 200 for a while.
/// The check is therefore repeated with backoff for ``VerifyPatience/timeout``; a merge that is
/// visibly under way but not complete by then is journalled `unverified` (not `failed`), and a
/// merge the CRM accepted with a 2xx is never sent again, whatever the check shows. Clusters an
/// earlier apply left `unverified` or `failed` are checked again (never sent) when met.
final class MergeRunner {
    let store: CustomerStore
    let api: any MergeAPI
    let runID: Int64
    let recheck: ClusterRecheck
    let dryRun: Bool
    /// `--dry-run`: receives each request that would be sent (`{method, path, body}`).
    let wouldSend: (JSONObject) throws -> Void
    let progress: ((String) -> Void)?
    let crash: CrashPoint?
    private var crashSeen: [CrashPoint.Step: Int] = [:]

    /// PUTs sent for one cluster in one `apply` at most; each after the first only when a check
    /// shows the one before never took effect (a 500 that changed nothing, say).
    static let maximumAttempts = 4
    /// Pause before sending again, times the attempt number.
    let resendDelay: Duration
    /// How long a merge may take to complete before it is called `unverified`.
    let patience: VerifyPatience

    init(store: CustomerStore, api: any MergeAPI, runID: Int64, recheck: ClusterRecheck, dryRun: Bool,
         wouldSend: @escaping (JSONObject) throws -> Void, progress: ((String) -> Void)?, crash: CrashPoint?,
         resendDelay: Duration = .milliseconds(500), patience: VerifyPatience = VerifyPatience()) {
        self.resendDelay = resendDelay
        self.patience = patience
        self.store = store
        self.api = api
        self.runID = runID
        self.recheck = recheck
        self.dryRun = dryRun
        self.wouldSend = wouldSend
        self.progress = progress
        self.crash = crash
    }

    func apply(_ merge: PlannedMerge, summary: inout ApplySummary) throws {
        let entry = try store.journalEntry(runID: runID, clusterID: merge.clusterID)
        switch entry?.state {
        case .verified?, .skipped?:
            summary.alreadyDone += 1
            return
        case .failed?, .unverified?:
            if dryRun {
                summary.skipped.append(outcome(merge.clusterID, merge.victorID,
                                               "\(entry!.state.rawValue) in an earlier apply; run apply to check it again"))
                return
            }
            try recheckEarlier(entry!, summary: &summary)
            return
        case .sent?:
            if dryRun {
                summary.skipped.append(outcome(merge.clusterID, merge.victorID, "was being sent when an earlier apply stopped; run apply to check it"))
                return
            }
            try resumeSent(entry!, summary: &summary)
            return
        case .planned?, .snapshotted?, nil:
            break
        }

        var fresh: [String: Customer] = [:]
        for member in merge.stored {
            if let now = try api.fetchCustomer(member.id) { fresh[member.id] = now }
        }
        switch recheck.check(stored: merge.stored, fresh: fresh, chosenVictor: merge.chosenVictor) {
        case .skip(let reason):
            if !dryRun { try store.markMerge(runID: runID, clusterID: merge.clusterID, .skipped, reason: reason) }
            summary.skipped.append(outcome(merge.clusterID, merge.victorID, reason))
        case .merge(let resolved, let note):
            let plan = resolved.plan
            if dryRun {
                try wouldSend(JSONObject([
                    "method": .string("PUT"), "path": .string("/customers/\(plan.victorID)"), "body": .object(plan.body),
                ]))
                summary.wouldSend += 1
                return
            }
            let snapshots = ([plan.victorID] + plan.victimIDs).compactMap { id in
                fresh[id].map {
                    MergeSnapshot(runID: runID, clusterID: merge.clusterID, customerID: id,
                                  role: id == plan.victorID ? .victor : .victim, json: JSONValue.object($0.json).serialized())
                }
            }
            try store.recordSnapshots(runID: runID, clusterID: merge.clusterID, victorID: plan.victorID,
                                      victimIDs: plan.victimIDs, requestBody: plan.body.serialized(), snapshots: snapshots)
            try crash?.check(.snapshotted, seen: &crashSeen)
            try send(clusterID: merge.clusterID, victorID: plan.victorID, victimIDs: plan.victimIDs, body: plan.body,
                     attemptsSoFar: 0, note: note, summary: &summary)
        }
    }

    /// Sends the PUT (journalled as `sent` first) and verifies it.
    private func send(clusterID: Int, victorID: String, victimIDs: [String], body: JSONObject, attemptsSoFar: Int,
                      note: String?, summary: inout ApplySummary) throws {
        var attempts = attemptsSoFar
        while attempts < Self.maximumAttempts {
            if attempts > attemptsSoFar { Self.pause(resendDelay * (attempts - attemptsSoFar)) }
            attempts += 1
            try store.markMerge(runID: runID, clusterID: clusterID, .sent)
            progress?("merging cluster \(clusterID): \(victimIDs.count) into \(victorID)")
            let result: MergeSendResult
            do {
                result = try api.sendMerge(victorID: victorID, body: body)
            } catch {
                // Thrown only when the request was refused outright (a rejected key): nothing happened.
                try store.markMerge(runID: runID, clusterID: clusterID, .snapshotted, reason: "not sent: \(error)")
                throw error
            }
            try crash?.check(.sent, seen: &crashSeen)
            if case .refused(let why) = result {
                try fail(clusterID, victorID, "the CRM refused the merge: \(why)", summary: &summary)
                return
            }
            let accepted = result == .accepted
            let check = try verifyPatiently(victorID: victorID, victimIDs: victimIDs, body: body, acceptedByCRM: accepted)
            if check.verified {
                try store.markMerge(runID: runID, clusterID: clusterID, .verified, reason: note)
                summary.merged.append(outcome(clusterID, victorID, note ?? "\(victimIDs.count) merged"))
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
        try store.markMerge(runID: runID, clusterID: clusterID, .snapshotted, reason: reason)
        summary.failed.append(outcome(clusterID, victorID, reason))
    }

    private static func pause(_ delay: Duration) {
        let (seconds, attoseconds) = delay.components
        var remaining = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        var left = timespec()
        while nanosleep(&remaining, &left) != 0 && errno == EINTR { remaining = left }
    }

    /// A cluster an earlier `apply` had marked `sent`: the PUT may or may not have happened.
    private func resumeSent(_ entry: JournalEntry, summary: inout ApplySummary) throws {
        guard let text = entry.requestBody, case .object(let body)? = try? JSONValue(parsing: text) else {
            try fail(entry.clusterID, entry.victorID, "the journal holds no request body to check against", summary: &summary)
            return
        }
        let check = try verifyPatiently(victorID: entry.victorID, victimIDs: entry.victimIDs, body: body, acceptedByCRM: false)
        if check.verified {
            try store.markMerge(runID: runID, clusterID: entry.clusterID, .verified, reason: "verified after an interruption")
            summary.merged.append(outcome(entry.clusterID, entry.victorID, "verified after an interruption"))
            summary.resumed += 1
        } else if check.completing {
            try markUnverified(entry.clusterID, entry.victorID, check, summary: &summary)
        } else if check.nothingHappened {
            try send(clusterID: entry.clusterID, victorID: entry.victorID, victimIDs: entry.victimIDs, body: body,
                     attemptsSoFar: entry.attempts, note: "sent again after an interruption: the first never took effect",
                     summary: &summary)
        } else {
            try fail(entry.clusterID, entry.victorID, "after an interruption: \(check.problems.joined(separator: "; "))", summary: &summary)
        }
    }

    /// A cluster an earlier `apply` left `unverified` or `failed`: the CRM may have completed the
    /// merge since. Checked, never sent: verified when the merge took effect, else left as it was.
    private func recheckEarlier(_ entry: JournalEntry, summary: inout ApplySummary) throws {
        let earlier = "\(entry.state.rawValue) in an earlier apply: \(entry.reason ?? "no reason recorded")"
        guard let text = entry.requestBody, case .object(let body)? = try? JSONValue(parsing: text) else {
            keep(entry, earlier, summary: &summary)
            return
        }
        let check = try verifyPatiently(victorID: entry.victorID, victimIDs: entry.victimIDs, body: body, acceptedByCRM: false)
        if check.verified {
            let reason = "verified on a later check: the CRM completed the merge after an earlier apply stopped waiting"
            try store.markMerge(runID: runID, clusterID: entry.clusterID, .verified, reason: reason)
            summary.merged.append(outcome(entry.clusterID, entry.victorID, reason))
            summary.rechecked += 1
        } else if check.completing {
            try markUnverified(entry.clusterID, entry.victorID, check, summary: &summary)
        } else {
            keep(entry, earlier + " (checked again: \(check.problems.joined(separator: "; ")))", summary: &summary)
        }
    }

    /// Lists a re-checked cluster as it stays in the journal.
    private func keep(_ entry: JournalEntry, _ detail: String, summary: inout ApplySummary) {
        if entry.state == .unverified {
            summary.unverified.append(outcome(entry.clusterID, entry.victorID, detail))
        } else {
            summary.failed.append(outcome(entry.clusterID, entry.victorID, detail))
        }
    }

    /// Checks, and while the merge is completing (or, after a 2xx, not visible yet), checks
    /// again after a growing pause, until it is verified or ``patience`` runs out.
    private func verifyPatiently(victorID: String, victimIDs: [String], body: JSONObject,
                                 acceptedByCRM: Bool) throws -> MergeVerification {
        let clock = ContinuousClock()
        let deadline = clock.now + patience.timeout
        var pause = patience.firstPause
        while true {
            let check = try verify(victorID: victorID, victimIDs: victimIDs, body: body)
            if check.verified { return check }
            let worthWaiting = check.completing || (acceptedByCRM && check.nothingHappened)
            let now = clock.now
            guard worthWaiting, now < deadline else { return check }
            Self.pause(min(pause, now.duration(to: deadline)))
            pause = min(pause * 2, patience.maximumPause)
        }
    }

    private func markUnverified(_ clusterID: Int, _ victorID: String, _ check: MergeVerification,
                                summary: inout ApplySummary) throws {
        let reason = "not complete after \(patience.timeout): \(check.problems.joined(separator: "; ")); "
            + "never sent again: the next apply or `apply --verify` checks it"
        try store.markMerge(runID: runID, clusterID: clusterID, .unverified, reason: reason)
        summary.unverified.append(outcome(clusterID, victorID, reason))
    }

    private func verify(victorID: String, victimIDs: [String], body: JSONObject) throws -> MergeVerification {
        let victor = try api.fetchCustomer(victorID)
        var gone: [String: Bool] = [:]
        for id in victimIDs { gone[id] = try api.fetchCustomer(id) == nil }
        return MergeVerification(victor: victor, victimIDs: victimIDs, victimsGone: gone, body: body)
    }

    private func fail(_ clusterID: Int, _ victorID: String, _ reason: String, summary: inout ApplySummary) throws {
        try store.markMerge(runID: runID, clusterID: clusterID, .failed, reason: reason)
        summary.failed.append(outcome(clusterID, victorID, reason))
    }

    private func outcome(_ clusterID: Int, _ victorID: String, _ detail: String) -> ApplySummary.Outcome {
        ApplySummary.Outcome(clusterID: clusterID, victorID: victorID, detail: detail)
    }
}
