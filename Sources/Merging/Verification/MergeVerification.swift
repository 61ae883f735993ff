import CRMModel
import Resolution

/// Checks, after a merge PUT, that the CRM holds what was asked: the victor lists every victim
/// in `merged_customer_ids`, each victim is gone, and the resolved fields are as sent.
///
/// The victor alone is the primary evidence (`victimsGone` nil): its `merged_customer_ids`
/// lists the victims only once the CRM has merged them, and it comes with the PUT's answer (or
/// one GET). The victims' 404s are then checked later, by sample (`VictimCheckPolicy`). Only
/// when the victor does not show the merge are the victims fetched, to tell "never happened"
/// (safe to send again) from "under way".
///
/// Also the test for "did a PUT whose answer was lost happen?": `merged` tells whether the merge
/// took place at all, so `apply` knows whether sending it again is safe.
struct MergeVerification: Sendable, Equatable {
    /// What differs from what was sent; empty when the merge is verified.
    var problems: [String]
    /// True when no victim was merged and every victim still exists: the PUT never took effect.
    var nothingHappened: Bool

    /// True when the merge has visibly begun (some victim listed or gone), every sent field is
    /// on the victor, and only its completion is missing: victims still answering, or not all
    /// listed yet. The API completes merges asynchronously, so this is worth waiting for.
    var completing: Bool

    var verified: Bool { problems.isEmpty }

    /// - Parameters:
    ///   - victor: the victor as fetched after the PUT (nil when it answered 404).
    ///   - victimsGone: for each victim id, whether it answered 404; nil when the victims were not
    ///     fetched (then `nothingHappened` and `completing` are false: the victor alone cannot tell).
    ///   - body: the PUT body that was sent.
    init(victor: Customer?, victimIDs: [String], victimsGone: [String: Bool]?, body: JSONObject) {
        var problems: [String] = []
        guard let victor else {
            self.problems = ["the victor no longer exists"]
            nothingHappened = false
            completing = false
            return
        }
        let merged = Set((victor.json["merged_customer_ids"]?.arrayValue ?? []).compactMap(\.scalarText))
        let missing = victimIDs.filter { !merged.contains($0) }
        if !missing.isEmpty { problems.append("merged_customer_ids of \(victor.id) lacks \(missing.joined(separator: ", "))") }
        guard let victimsGone else {
            nothingHappened = false
            completing = false
            let fields = missing.count == victimIDs.count ? [] : Self.fieldProblems(victor.json, body)
            self.problems = problems + fields
            return
        }
        let stillThere = victimIDs.filter { victimsGone[$0] != true }
        if !stillThere.isEmpty { problems.append("still answering: \(stillThere.joined(separator: ", "))") }
        nothingHappened = missing.count == victimIDs.count && stillThere.count == victimIDs.count
        let fields = nothingHappened ? [] : Self.fieldProblems(victor.json, body)
        completing = !nothingHappened && fields.isEmpty && !problems.isEmpty
        self.problems = problems + fields
    }

    /// Whether the victor holds what was sent: plain fields equal, appended entries present
    /// (``AppliedBody``, beside the resolver that writes the body).
    private static func fieldProblems(_ victor: JSONObject, _ body: JSONObject) -> [String] {
        AppliedBody.problems(on: victor, sent: body)
    }
}
