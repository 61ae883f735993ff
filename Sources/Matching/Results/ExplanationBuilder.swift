import MatchEvidence

/// Turns a pair's levels back into words and numbers a reviewer can follow.
struct ExplanationBuilder {
    let comparer: PairComparer

    func explain(_ i: Int, _ j: Int, ids: [String]) -> PairExplanation {
        let (pattern, _) = comparer.evaluate(i, j)
        let prior = comparer.model.priorWeight
        var total = prior
        var outcomes: [ComparisonOutcome] = []
        let swapped = pattern.namesSwapped
        for (c, spec) in comparer.specs.enumerated() {
            let isName = c == comparer.lastNameComparison || c == comparer.firstNameComparison
            let (level, frequency) = comparer.level(c, i, j, swapped: isName && swapped)
            let w = comparer.weight(c, level: level, frequency: frequency)
            total += w
            var label = level == 0 ? "missing" : spec.levels[level - 1].label
            if isName && swapped && level > 0 { label += " (names swapped)" }
            if frequency > 0 && spec.levels[level - 1].termFrequencyAdjusted {
                label += " (value shared by \(frequency) records)"
            }
            outcomes.append(ComparisonOutcome(comparison: spec.name, level: label, weight: w,
                                              detail: detail(c, i, j, swapped: isName && swapped)))
        }
        return PairExplanation(customerA: ids[i], customerB: ids[j], matchWeight: total,
                               probability: ScoringModel.probability(weight: total),
                               priorWeight: prior, outcomes: outcomes)
    }

    /// The two values compared, as a reviewer reads them: a text with its written form when it
    /// has one (`田中 [tanaka]`), a set as a list, a date as ISO.
    private func detail(_ c: Int, _ i: Int, _ j: Int, swapped: Bool) -> String {
        let t = comparer.table
        let spec = comparer.columns[c]
        switch spec.kind {
        case .text:
            func text(_ base: Int, _ writtenBase: Int, _ r: Int) -> String {
                let r0 = t.textPool.string(t.textKeys[base + r])
                let e = writtenBase >= 0 ? t.writtenPool.string(t.textWritten[writtenBase + r]) : ""
                if e.isEmpty && r0.isEmpty { return "—" }
                return e == r0 || r0.isEmpty ? e : (e.isEmpty ? r0 : "\(e) [\(r0)]")
            }
            /// A record's value and, for an address field, its values in the other addresses.
            func values(_ r: Int) -> String {
                var out = text(spec.base, spec.writtenBase, r)
                guard spec.alternateBase >= 0 else { return out }
                for row in Int(t.addressStarts[r])..<Int(t.addressStarts[r + 1]) {
                    let key = t.textPool.string(t.alternateKeys[spec.alternateBase + row])
                    let written = spec.alternateWrittenBase >= 0 ? t.writtenPool.string(t.alternateWritten[spec.alternateWrittenBase + row]) : ""
                    let value = written.isEmpty ? key : (key.isEmpty || key == written ? written : "\(written) [\(key)]")
                    if !value.isEmpty { out += " | " + value }
                }
                return out
            }
            if swapped { return "\(text(spec.base, spec.writtenBase, i)) ~ \(text(spec.swapBase, spec.swapWrittenBase, j))" }
            return "\(values(i)) ~ \(values(j))"
        case .textSet:
            return list(spec, i) + " ~ " + list(spec, j)
        case .date:
            return "\(date(t.dates[spec.base + i])) ~ \(date(t.dates[spec.base + j]))"
        case .absent:
            return "— ~ —"
        }
    }

    private func list(_ spec: ComparisonColumn, _ r: Int) -> String {
        let t = comparer.table
        let values = (Int(t.setStarts[spec.base + r])..<Int(t.setStarts[spec.base + r + 1])).map { t.setPool.string(t.setValues[$0]) }
        return values.isEmpty ? "—" : values.joined(separator: ", ")
    }

    private func date(_ d: Int32) -> String {
        guard d != 0 else { return "—" }
        let y = d / 10_000, m = (d / 100) % 100, day = d % 100
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(day < 10 ? "0" : "")\(day)"
    }
}
