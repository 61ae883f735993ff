import Support

extension EvaluationReport {
    /// A plain-text table for the command line.
    ///
    /// ```
    /// Evaluated customers      1,650,000  (entities 1,125,375, with duplicates 369,340)
    /// True pairs                 716,765
    ///
    /// Scored pairs   threshold   predicted   true pos.  precision     recall         F1
    ///                   ≥0.500     702,311     699,001     0.9953     0.9752     0.9851
    /// ...
    /// ```
    public func formatted() -> String {
        var lines: [String] = []
        lines.append("Evaluated customers  \(pad(group(evaluatedCustomers), 11))  (entities \(group(trueEntities)), with duplicates \(group(trueEntitiesWithDuplicates)))")
        lines.append("True pairs           \(pad(group(truePairs), 11))")
        if unknownCustomers > 0 {
            lines.append("Not in the truth     \(pad(group(unknownCustomers), 11))  (left out)")
        }
        if ignoredPairs > 0 {
            lines.append("Scored pairs ignored \(pad(group(ignoredPairs), 11))  (unknown or outside the evaluated base)")
        }
        lines.append("")
        lines.append("Scored pairs   threshold   predicted   true pos.  precision     recall         F1")
        for m in thresholds {
            lines.append("               \(pad("≥" + NumberText.fixed(m.threshold, digits: 3), 9))" + row(m))
        }
        lines.append("               \(pad("all", 9))" + row(allPairs))
        lines.append("")
        let c = clusters
        lines.append("Clusters       predicted \(group(c.predictedClusters)), exactly right \(group(c.exactClusters)), over-merged \(group(c.overmergedClusters)), entities split \(group(c.splitEntities))")
        lines.append("                           predicted   true pos.  precision     recall         F1")
        lines.append("               pairwise   " + row(c.pairwise).dropFirst(2))
        lines.append("               B-cubed    " + String(repeating: " ", count: 22)
            + number(c.bcubedPrecision) + number(c.bcubedRecall) + number(c.bcubedF1))
        if c.ignoredMembers > 0 {
            lines.append("               cluster members skipped (unknown or outside the evaluated base): \(group(c.ignoredMembers))")
        }
        return lines.joined(separator: "\n")
    }

    /// Every figure under a stable key, for JSON output and for tracking accuracy over time.
    ///
    /// Keys: `customers.evaluated`, `customers.unknown`, `entities`, `entities.with_duplicates`,
    /// `pairs.true`, `pairs.ignored`; for each threshold `t` (and `all`):
    /// `pairs@t.predicted`, `pairs@t.true_positives`, `pairs@t.precision`, `pairs@t.recall`,
    /// `pairs@t.f1`; and `clusters.predicted`, `clusters.exact`, `clusters.overmerged`,
    /// `clusters.split_entities`, `clusters.pairwise.{predicted,true_positives,precision,recall,f1}`,
    /// `clusters.bcubed.{precision,recall,f1}`, `clusters.ignored_members`.
    public var dictionary: [String: Double] {
        var d: [String: Double] = [
            "customers.evaluated": Double(evaluatedCustomers),
            "customers.unknown": Double(unknownCustomers),
            "entities": Double(trueEntities),
            "entities.with_duplicates": Double(trueEntitiesWithDuplicates),
            "pairs.true": Double(truePairs),
            "pairs.ignored": Double(ignoredPairs),
            "clusters.predicted": Double(clusters.predictedClusters),
            "clusters.exact": Double(clusters.exactClusters),
            "clusters.overmerged": Double(clusters.overmergedClusters),
            "clusters.split_entities": Double(clusters.splitEntities),
            "clusters.bcubed.precision": clusters.bcubedPrecision,
            "clusters.bcubed.recall": clusters.bcubedRecall,
            "clusters.bcubed.f1": clusters.bcubedF1,
            "clusters.ignored_members": Double(clusters.ignoredMembers),
        ]
        func add(_ prefix: String, _ m: PairwiseMetrics) {
            d[prefix + ".predicted"] = Double(m.predictedPairs)
            d[prefix + ".true_positives"] = Double(m.truePositives)
            d[prefix + ".precision"] = m.precision
            d[prefix + ".recall"] = m.recall
            d[prefix + ".f1"] = m.f1
        }
        add("pairs@all", allPairs)
        for m in thresholds { add("pairs@\(m.threshold)", m) }
        add("clusters.pairwise", clusters.pairwise)
        return d
    }

    private func row(_ m: PairwiseMetrics) -> String {
        "  " + pad(group(m.predictedPairs), 10) + "  " + pad(group(m.truePositives), 10)
            + number(m.precision) + number(m.recall) + number(m.f1)
    }

    private func number(_ x: Double) -> String { pad(NumberText.fixed(x, digits: 4), 11) }

    private func pad(_ s: String, _ width: Int) -> String { s.padded(to: width, alignRight: true) }

    private func group(_ n: Int) -> String { NumberText.grouped(n) }
}
