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

    init(store: CustomerStore, api: any MergeAPI, runID: Int64, recheck: ClusterRecheck, dryRun: Bool,
         wouldSend: @escaping (JSONObject) throws -> Void, progress: ((String) -> Void)?, crash: CrashPoint?,
         resendDelay: Duration = .milliseconds(500)) {
        self.resendDelay = resendDelay
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
        case .failed?:
            summary.failed.append(outcome(merge.clusterID, merge.victorID,
                                          "failed in an earlier apply: \(entry?.reason ?? "no reason recorded")"))
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
            let check = try verify(victorID: victorID, victimIDs: victimIDs, body: body)
            if check.verified {
                try store.markMerge(runID: runID, clusterID: clusterID, .verified, reason: note)
                summary.merged.append(outcome(clusterID, victorID, note ?? "\(victimIDs.count) merged"))
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
        let check = try verify(victorID: entry.victorID, victimIDs: entry.victimIDs, body: body)
        if check.verified {
            try store.markMerge(runID: runID, clusterID: entry.clusterID, .verified, reason: "verified after an interruption")
            summary.merged.append(outcome(entry.clusterID, entry.victorID, "verified after an interruption"))
            summary.resumed += 1
        } else if check.nothingHappened {
            try send(clusterID: entry.clusterID, victorID: entry.victorID, victimIDs: entry.victimIDs, body: body,
                     attemptsSoFar: entry.attempts, note: "sent again after an interruption: the first never took effect",
                     summary: &summary)
        } else {
            try fail(entry.clusterID, entry.victorID, "after an interruption: \(check.problems.joined(separator: "; "))", summary: &summary)
        }
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
