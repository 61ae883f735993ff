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
            let isName = spec.field == .lastName || spec.field == .firstName
            let (level, frequency) = comparer.level(c, i, j, swapped: isName && swapped)
            let w = comparer.weight(c, level: level, frequency: frequency)
            total += w
            var label = level == 0 ? "missing" : spec.levels[level - 1].label
            if isName && swapped && level > 0 { label += " (names swapped)" }
            if frequency > 0 && spec.levels[level - 1].termFrequencyAdjusted {
                label += " (value shared by \(frequency) records)"
            }
            outcomes.append(ComparisonOutcome(comparison: spec.name, level: label, weight: w,
                                              detail: detail(spec.field, i, j, swapped: isName && swapped)))
        }
        return PairExplanation(customerA: ids[i], customerB: ids[j], matchWeight: total,
                               probability: ScoringModel.probability(weight: total),
                               priorWeight: prior, outcomes: outcomes)
    }

    private func detail(_ field: ComparisonField, _ i: Int, _ j: Int, swapped: Bool) -> String {
        let t = comparer.table
        func name(_ romaji: Int32, _ exact: Int32) -> String {
            let e = t.exactNames.string(exact), r = t.romajiNames.string(romaji)
            if e.isEmpty && r.isEmpty { return "—" }
            return e == r || r.isEmpty ? e : (e.isEmpty ? r : "\(e) [\(r)]")
        }
        switch field {
        case .lastName:
            let other = swapped ? name(t.firstRomaji[j], t.firstExact[j]) : name(t.lastRomaji[j], t.lastExact[j])
            return "\(name(t.lastRomaji[i], t.lastExact[i])) ~ \(other)"
        case .firstName:
            let other = swapped ? name(t.lastRomaji[j], t.lastExact[j]) : name(t.firstRomaji[j], t.firstExact[j])
            return "\(name(t.firstRomaji[i], t.firstExact[i])) ~ \(other)"
        case .phone:
            return list(t.phones, t.phonePool, i) + " ~ " + list(t.phones, t.phonePool, j)
        case .email:
            return list(t.emails, t.emailPool, i) + " ~ " + list(t.emails, t.emailPool, j)
        case .birthday:
            return "\(date(t.birthday[i])) ~ \(date(t.birthday[j]))"
        case .company:
            return pair(t.companies.string(t.company[i]), t.companies.string(t.company[j]))
        case .postalCode:
            return pair(t.postalCodes.string(t.postalCode[i]), t.postalCodes.string(t.postalCode[j]))
        case .street:
            return pair(t.streets.string(t.street[i]), t.streets.string(t.street[j]))
        }
    }

    private func pair(_ a: String, _ b: String) -> String {
        "\(a.isEmpty ? "—" : a) ~ \(b.isEmpty ? "—" : b)"
    }

    private func list(_ column: MultiValueColumn, _ pool: StringPool, _ r: Int) -> String {
        let values = column.ids(r).map { pool.string($0) }
        return values.isEmpty ? "—" : values.joined(separator: ", ")
    }

    private func date(_ d: Int32) -> String {
        guard d != 0 else { return "—" }
        let y = d / 10_000, m = (d / 100) % 100, day = d % 100
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(day < 10 ? "0" : "")\(day)"
    }
}
