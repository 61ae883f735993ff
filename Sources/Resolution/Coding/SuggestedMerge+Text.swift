import CRMModel
import MatchEvidence

extension SuggestedMerge {
    /// The stored form: the same text as `jsonValue().serialized()`, written without building
    /// the tree (a run stores one per cluster; a test keeps the two identical).
    public func serializedJSON() -> String {
        var w = JSONTextWriter(capacity: 2_048)
        w.beginObject()
        w.key("cluster_id"); w.integer(clusterID)
        w.key("franchise_id"); w.string(franchiseID)
        w.key("confidence"); w.value(MergeJSON.number(confidence))
        w.key("match_weight"); w.value(MergeJSON.number(matchWeight))
        w.key("auto_merge_eligible"); w.bool(autoMergeEligible)
        w.key("review_reasons"); w.strings(reviewReasons)
        w.key("plan")
        w.beginObject()
        w.key("victor_id"); w.string(plan.victorID)
        w.key("victim_ids"); w.strings(plan.victimIDs)
        w.key("body"); w.value(.object(plan.body))
        w.endObject()
        w.key("members")
        w.beginArray()
        for m in members { m.write(into: &w) }
        w.endArray()
        w.key("explanations")
        w.beginArray()
        for e in explanations { MergeJSON.write(e, into: &w) }
        w.endArray()
        w.key("notes"); w.strings(notes)
        if let after { w.key("after"); after.write(into: &w) }
        if let clusterKey { w.key("cluster_key"); w.string(clusterKey) }
        w.endObject()
        return w.text
    }
}

extension MergeJSON {
    /// Writes what ``explanation(_:)`` builds, straight into `w`.
    static func write(_ e: PairExplanation, into w: inout JSONTextWriter) {
        w.beginObject()
        w.key("customer_a"); w.string(e.customerA)
        w.key("customer_b"); w.string(e.customerB)
        w.key("match_weight"); w.value(number(e.matchWeight))
        w.key("probability"); w.value(number(e.probability))
        w.key("prior_weight"); w.value(number(e.priorWeight))
        w.key("comparisons")
        w.beginArray()
        for o in e.outcomes {
            w.beginObject()
            w.key("comparison"); w.string(o.comparison)
            w.key("level"); w.string(o.level)
            w.key("weight"); w.value(number(o.weight))
            w.key("detail"); w.string(o.detail)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
