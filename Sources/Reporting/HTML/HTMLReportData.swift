import CRMModel
import Resolution

/// The one JSON document a page embeds: the run's figures and every cluster as stored
/// (``SuggestedMerge/jsonValue()``), plus the reviewer's decision where there is one.
///
/// The page's script reads it once with `JSON.parse` and draws a page of clusters at a time, so
/// a report of 10,000 clusters opens quickly: the browser never lays out all of them.
public enum HTMLReportData {
    /// `{mode, run_id, run_finished_at, review_threshold, auto_merge_threshold, band_floors, clusters}`.
    /// A cluster in `audited` carries `"audit": true` (the page marks the audit sample).
    public static func document(_ merges: [SuggestedMerge], context: HTMLReportContext,
                                marks: [Int: ReviewMark] = [:], audited: Set<Int> = []) -> JSONValue {
        .object(JSONObject([
            "mode": .string(context.mode.rawValue),
            "run_id": .number(String(context.runID)),
            "run_finished_at": .string(context.runFinishedAt),
            "review_threshold": MergeJSON.number(context.reviewThreshold),
            "auto_merge_threshold": MergeJSON.number(context.autoMergeThreshold),
            "band_floors": .array(context.bandFloors.map(MergeJSON.number)),
            "clusters": .array(merges.map { merge in
                let value = cluster(merge, mark: marks[merge.clusterID])
                guard audited.contains(merge.clusterID), case .object(var object) = value else { return value }
                object["audit"] = .bool(true)
                return .object(object)
            }),
        ]))
    }

    /// One cluster as the page's script reads it; the review server answers an edit with this.
    public static func cluster(_ merge: SuggestedMerge, mark: ReviewMark?) -> JSONValue {
        guard case .object(var object) = merge.jsonValue() else { return merge.jsonValue() }
        if let mark {
            var review = JSONObject([
                "verdict": .string(mark.verdict),
                "reviewer": .string(mark.reviewer),
                "decided_at": .string(mark.decidedAt),
                "removed_member_ids": .array(mark.removedMemberIDs.map(JSONValue.string)),
            ])
            if let chosen = mark.chosenVictorID { review["chosen_victor_id"] = .string(chosen) }
            object["review"] = .object(review)
        }
        return .object(object)
    }
}
