import CRMModel
import Matching
import Normalization
import Resolution
import Rules
import StoredRuns

/// Decides whether a cluster may still be merged now that its members were fetched again, and
/// builds the PUT from the fresh records.
///
/// The plan is always resolved from the fresh records: sending `overwrite_phones` with the
/// phones as they were at export would delete a phone added since. When a member is gone or
/// changed (`updated_at` differs), the remaining members are re-scored with the run's own
/// model and guard (`Matcher.rescore`); the cluster goes ahead only
/// if they still form one cluster that meets the same bar as before.
struct ClusterRecheck {
    let rules: RuleSet
    /// The run's scoring model; nil for runs stored before models were kept.
    let model: ScoringModel?
    let selection: ApplySelection

    /// - Parameters:
    ///   - stored: the members as exported, victor first.
    ///   - fresh: the members just fetched, by id; a member missing here answered 404.
    ///   - chosenVictor: the victor a reviewer picked by hand, if any.
    /// - Parameter storedSinceRun: members the store received again after the run scored them
    ///   (a `sync`, export or import): scored again like members changed since export.
    func check(stored: [Customer], fresh: [String: Customer], chosenVictor: String? = nil,
               storedSinceRun: Set<String> = []) -> RecheckOutcome {
        let gone = stored.map(\.id).filter { fresh[$0] == nil }
        let remaining = stored.compactMap { fresh[$0.id] }
        if let chosenVictor, fresh[chosenVictor] == nil {
            return .skip(reason: "the victor the reviewer chose, \(chosenVictor), no longer exists")
        }
        guard remaining.count >= 2 else {
            return .skip(reason: "only \(remaining.count) of its \(stored.count) customers still exist (gone: \(gone.joined(separator: ", ")))")
        }
        let changed = stored.filter { s in fresh[s.id].map { Self.changed(from: s, to: $0) } ?? false }.map(\.id)
        let setup = NormalizationSetup(rules.normalization)
        let fields = remaining.map(rules.fields.fields(of:))
        let normalized = CustomerNormalizer(options: setup.options).normalize(fields.map(NormalizationSetup.input))

        let restored = stored.map(\.id).filter { storedSinceRun.contains($0) && !changed.contains($0) && fresh[$0] != nil }
        var note: String?
        if !changed.isEmpty || !gone.isEmpty || !restored.isEmpty {
            var what: [String] = []
            if !changed.isEmpty { what.append("changed since export: \(changed.joined(separator: ", "))") }
            if !restored.isEmpty { what.append("stored again since the run: \(restored.joined(separator: ", "))") }
            if !gone.isEmpty { what.append("gone: \(gone.joined(separator: ", "))") }
            let context = what.joined(separator: "; ")
            guard let model else {
                return .skip(reason: "\(context); this run kept no scoring model to re-check with, so run `tcdedupe export` and `tcdedupe run` again")
            }
            let result = Matcher(settings: rules.matching).rescore(normalized, model: model)
            if let objection = objection(to: result, count: remaining.count) {
                return .skip(reason: "\(context); re-scored with the fresh records, \(objection)")
            }
            let confidence = result.clusters[0].confidence
            note = "\(context); re-scored with the fresh records: still one cluster, confidence \(Self.format(confidence))"
        }

        let factory = ClusterMemberFactory(emails: setup.emailNormalizer)
        let members = remaining.indices.map { factory.member(remaining[$0], fields: fields[$0], normalized: normalized[$0]) }
        let resolver = Resolver(rules: rules.resolution)
        if let chosenVictor {
            do { return .merge(try resolver.plan(for: members, victorID: chosenVictor), note: note) } catch {
                return .skip(reason: "\(error)")
            }
        }
        return .merge(resolver.plan(for: members), note: note)
    }

    /// Why a re-scored cluster no longer qualifies, or nil when it does.
    private func objection(to result: MatchResult, count: Int) -> String? {
        guard let cluster = result.clusters.first, result.clusters.count == 1, cluster.members.count == count else {
            let kept = result.clusters.map { $0.members.count }.max() ?? 0
            return kept < 2 ? "they no longer match" : "they no longer form one cluster (the largest holds \(kept) of \(count))"
        }
        switch selection {
        case .auto:
            if !cluster.autoMergeEligible {
                if !cluster.reviewReasons.isEmpty { return "it needs review: \(cluster.reviewReasons.joined(separator: "; "))" }
                return "its confidence \(Self.format(cluster.confidence)) is below the auto-merge threshold \(rules.matching.autoMergeThreshold)"
            }
        case .autoThreshold(let threshold):
            if cluster.confidence < threshold {
                return "its confidence \(Self.format(cluster.confidence)) is below the threshold \(threshold)"
            }
            if !cluster.reviewReasons.isEmpty { return "it needs review: \(cluster.reviewReasons.joined(separator: "; "))" }
            if count > rules.matching.maximumAutoMergeClusterSize {
                return "\(count) customers are more than the auto-merge size cap \(rules.matching.maximumAutoMergeClusterSize)"
            }
        case .approved:
            if cluster.confidence < rules.matching.reviewThreshold {
                return "its confidence \(Self.format(cluster.confidence)) is below the review threshold \(rules.matching.reviewThreshold)"
            }
        }
        return nil
    }

    /// Whether a customer changed since export: by `updated_at` when both carry one, else by content.
    static func changed(from stored: Customer, to fresh: Customer) -> Bool {
        let a = stored.json["updated_at"]?.scalarText, b = fresh.json["updated_at"]?.scalarText
        if let a, let b { return a != b }
        return stored.json != fresh.json
    }

    private static func format(_ p: Double) -> String {
        let scaled = (p * 10_000).rounded() / 10_000
        return "\(scaled)"
    }
}
