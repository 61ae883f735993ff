import MatchEvidence
import Normalization

/// Scores a few records against each other with a finished run's model and its base's value
/// statistics: the pairs weigh what the full run gave them (the same levels, the same
/// term-frequency weights), without loading the base.
///
/// ```swift
/// let scorer = StandingScorer(settings: rules.matching, model: runModel, statistics: index.statistics)
/// let table = scorer.table(for: [query] + candidates, newRecords: [true] + candidates.map { _ in false })
/// let keys = table.blockingKeys()[0]                 // look these up in the standing index
/// let evidence = table.explanation(0, 1, ids: ids)    // the report's evidence for one pair
/// ```
public struct StandingScorer: Sendable {
    public let settings: MatchingSettings
    public let model: ScoringModel
    public let statistics: ValueStatistics

    public init(settings: MatchingSettings, model: ScoringModel, statistics: ValueStatistics) {
        self.settings = settings
        self.model = model
        self.statistics = statistics
    }

    /// A table of `records`, frozen to the base (``RecordTable/frozen(to:newRecords:)``).
    /// `newRecords[r]`: record `r` is not one of the base's records.
    public func table(for records: [NormalizedCustomer], newRecords: [Bool]) -> FrozenTable {
        let table = RecordTable(records, threads: 1, extraTextFields: settings.mappedTextFields,
                                valuesPerRecord: settings.maximumValuesPerRecord).frozen(to: statistics, newRecords: newRecords)
        let comparer = PairComparer(table: table, specs: settings.comparisons, model: model, allowSwappedNames: settings.allowSwappedNames,
                                    termFrequencyMinimum: settings.termFrequencyMinimum)
        return FrozenTable(comparer: comparer, rules: settings.blockingRules)
    }
}

/// A few records frozen to a base: their blocking keys, and their pairs' weights and evidence.
public struct FrozenTable: Sendable {
    let comparer: PairComparer
    let rules: [BlockingRule]

    public var count: Int { comparer.table.count }

    /// The stable keys of every record under each blocking rule: `keys[r][rule]` (see
    /// ``RecordTable/standingKeys(rules:)``).
    public func blockingKeys() -> [[[UInt64]]] {
        comparer.table.standingKeys(rules: rules)
    }

    /// The pair's match weight: the prior plus each comparison's weight.
    public func weight(_ i: Int, _ j: Int) -> Double {
        comparer.evaluate(i, j).weight + comparer.model.priorWeight
    }

    /// The weight as a full run stores it: its scoring keeps the comparisons' sum as a `Float`
    /// before adding the prior.
    public func runWeight(_ i: Int, _ j: Int) -> Double {
        Double(Float(comparer.evaluate(i, j).weight)) + comparer.model.priorWeight
    }

    /// The evidence of one pair, as the reports and the review page show it.
    public func explanation(_ i: Int, _ j: Int, ids: [String]) -> PairExplanation {
        ExplanationBuilder(comparer: comparer).explain(i, j, ids: ids)
    }
}

extension MatchResult {
    /// The table the run matched (for what a standing index keeps of it).
    public var table: RecordTable { comparer.table }
}
