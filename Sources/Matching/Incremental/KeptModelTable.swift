import Normalization
import Support

/// A small table of records weighed with a kept model: an incremental run's changed records,
/// their candidates and the components it clusters again, without the rest of the base.
///
/// With the model's value counts frozen (``FrozenFrequencies``), a pair's weight depends on its
/// two records and the model only, so a table of a few thousand records weighs each of their
/// pairs exactly as a full run over the whole base with that model does; its stable blocking
/// keys are the standing index's (``RecordTable/standingKeys(rules:)``); and, when its records
/// are in customer-id order, the clusterer joins them in the order a full run does.
public struct KeptModelTable: Sendable {
    let table: RecordTable
    let comparer: PairComparer
    let matcher: Matcher

    /// The table of `customers` (in the order given: customer-id order for ``cluster(_:cannotLinks:statistics:)``).
    public init(_ customers: [NormalizedCustomer], counts: KeptCounts, threads: Int) {
        let matcher = counts.matcher, model = counts.model
        let settings = matcher.settings
        let table = RecordTable(customers, threads: threads, extraTextFields: settings.mappedTextFields,
                                valuesPerRecord: settings.maximumValuesPerRecord).withFrozenFrequencies(counts.frequencies, lookup: counts.lookup)
        self.table = table
        self.matcher = matcher
        self.comparer = PairComparer(table: table, specs: settings.comparisons, model: model, allowSwappedNames: settings.allowSwappedNames,
                                     termFrequencyMinimum: settings.termFrequencyMinimum)
    }

    public var count: Int { table.count }

    /// Each record's stable blocking keys under each rule: `keys[record][rule]`, a key listed
    /// as often as the record enters it (see ``RecordTable/standingKeys(rules:)``).
    public func standingKeys() -> [[[UInt64]]] {
        table.standingKeys(rules: matcher.settings.blockingRules)
    }

    /// Scores the pairs `packed` (`i << 32 | j`, `i < j`, ascending, distinct) and returns those
    /// at or above the review threshold, by (a, b).
    public func score(_ packed: [UInt64], threads: Int) -> [ScoredPair] {
        let candidates = CandidatePairs(packed: packed, oversizedBlocks: 0, recordsInOversizedBlocks: 0, pairsByRule: [])
        let scored = CandidateScorer.score(candidates, comparer: comparer, threads: threads)
        return scored.pairs(atOrAbove: matcher.settings.reviewThreshold, priorWeight: comparer.model.priorWeight, candidates: candidates)
    }

    /// Clusters `pairs` (records of this table) as a full run's clusterer does, with the pins.
    public func cluster(_ pairs: [ScoredPair], cannotLinks: CannotLinks, statistics: MatchStatistics) -> MatchResult {
        var clusterer = matcher.clusterer(comparer)
        clusterer.cannotLinks = cannotLinks
        let (clusters, refusals) = clusterer.cluster(pairs, recordCount: table.count)
        var statistics = statistics
        statistics.guardRefusals = refusals
        statistics.prior = comparer.model.prior
        return MatchResult(model: comparer.model, pairs: pairs, clusters: clusters, statistics: statistics, comparer: comparer)
    }
}
