import CRMModel
import Store

/// What `apply` reads back from the CRM: after a PUT, after an interruption, for an earlier
/// apply's open clusters, and the later sample of victims.
extension MergeRunner {
    /// A cluster an earlier `apply` had marked `sent`: the PUT may or may not have happened.
    func resumeSent(_ entry: JournalEntry, summary: inout ApplySummary) throws {
        guard let text = entry.requestBody, case .object(let body)? = try? JSONValue(parsing: text) else {
            try fail(entry.clusterID, entry.victorID, "the journal holds no request body to check against", summary: &summary)
            return
        }
        let (check, evidence) = try verifyPatiently(victorID: entry.victorID, victimIDs: entry.victimIDs, body: body,
                                                    acceptedByCRM: false, answer: nil, fullCheck: false)
        if check.verified {
            try markVerified(entry.clusterID, entry.victorID, entry.victimIDs, evidence: evidence,
                             detail: "verified after an interruption", journalNote: "verified after an interruption", summary: &summary)
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
    /// merge since. Checked in full (the victor and every victim: these are few, and one may have
    /// been left open because a victim went on answering), never sent: verified when the merge
    /// took effect, else left as it was.
    func recheckEarlier(_ entry: JournalEntry, summary: inout ApplySummary) throws {
        let earlier = "\(entry.state.rawValue) in an earlier apply: \(entry.reason ?? "no reason recorded")"
        guard let text = entry.requestBody, case .object(let body)? = try? JSONValue(parsing: text) else {
            keep(entry, earlier, summary: &summary)
            return
        }
        let (check, _) = try verifyPatiently(victorID: entry.victorID, victimIDs: entry.victimIDs, body: body,
                                             acceptedByCRM: false, answer: nil, fullCheck: true)
        if check.verified {
            let reason = "verified on a later check: the CRM completed the merge after an earlier apply stopped waiting"
            try journal.markMerge(runID: runID, clusterID: entry.clusterID, .verified, reason: reason + " (victor and victims checked)")
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
    /// again after a growing pause, until it is verified or ``patience`` runs out. The PUT's
    /// answer, when it carried the victor, is the first look; later looks fetch it.
    /// - Returns: the last check, and in words what it rested on (for the journal).
    func verifyPatiently(victorID: String, victimIDs: [String], body: JSONObject, acceptedByCRM: Bool,
                         answer: Customer?, fullCheck: Bool) throws -> (MergeVerification, String) {
        let clock = ContinuousClock()
        let deadline = clock.now + patience.timeout
        var pause = patience.firstPause
        var answer = answer?.id == victorID ? answer : nil
        while true {
            let (check, evidence) = try verify(victorID: victorID, victimIDs: victimIDs, body: body, answer: answer, fullCheck: fullCheck)
            answer = nil
            if check.verified { return (check, evidence) }
            let worthWaiting = check.completing || (acceptedByCRM && check.nothingHappened)
            let now = clock.now
            guard worthWaiting, now < deadline else { return (check, evidence) }
            Self.pause(min(pause, now.duration(to: deadline)))
            pause = min(pause * 2, patience.maximumPause)
        }
    }

    /// One look: the victor (from `answer`, else one GET) is the evidence; the victims are
    /// fetched only when the victor does not show the whole merge (to tell "never happened" from
    /// "under way") or when `fullCheck` asks for them.
    private func verify(victorID: String, victimIDs: [String], body: JSONObject, answer: Customer?,
                        fullCheck: Bool) throws -> (MergeVerification, String) {
        let victor: Customer?
        var evidence: String
        if let answer {
            victor = answer
            evidence = "verified from the PUT's answer (the victor lists every victim)"
        } else {
            count(.victorFetch)
            victor = try api.fetchCustomer(victorID)
            evidence = "verified by one GET of the victor (it lists every victim)"
        }
        let byVictor = MergeVerification(victor: victor, victimIDs: victimIDs, victimsGone: nil, body: body)
        if (byVictor.verified && !fullCheck) || victor == nil { return (byVictor, evidence) }
        var gone: [String: Bool] = [:]
        for id in victimIDs {
            count(.victimCheck)
            gone[id] = try api.fetchCustomer(id) == nil
        }
        evidence = "verified by the victor and a GET of each victim (404)"
        return (MergeVerification(victor: victor, victimIDs: victimIDs, victimsGone: gone, body: body), evidence)
    }

    /// The later check of a sampled cluster's victims: each must answer 404. One still
    /// answering is asked again with backoff for ``patience``; still there then, the cluster
    /// becomes `unverified` (the next apply checks it in full) and every later merge is checked.
    /// - Returns: true when every victim answered 404.
    func checkVictims(_ check: VictimCheckQueue.Check, summary: inout ApplySummary) throws -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + patience.timeout
        var pause = patience.firstPause
        var remaining = check.victimIDs
        while true {
            var still: [String] = []
            for id in remaining {
                count(.victimCheck)
                if try api.fetchCustomer(id) != nil { still.append(id) }
            }
            remaining = still
            if remaining.isEmpty { return true }
            let now = clock.now
            guard now < deadline else { break }
            Self.pause(min(pause, now.duration(to: deadline)))
            pause = min(pause * 2, patience.maximumPause)
        }
        victimChecks.foundStillAnswering()
        let reason = "the victor lists every victim, but \(remaining.joined(separator: ", ")) still answered 200 when checked "
            + "(the sample of victims, for \(patience.timeout)); never sent again: the next apply or `apply --verify` checks it; "
            + "every later merge of this apply has its victims checked"
        try journal.markMerge(runID: runID, clusterID: check.clusterID, .unverified, reason: reason)
        summary.demoted.append(outcome(check.clusterID, check.victorID, reason))
        return false
    }
}
