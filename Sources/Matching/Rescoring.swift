import Normalization

extension Matcher {
    /// Scores and clusters a handful of records with a model learned before, comparing every
    /// pair (no blocking).
    ///
    /// For re-checking one suggested merge when its members changed after the run: the records
    /// are the fresh versions, the model is the run's (u and the prior were estimated on the
    /// whole base, which a few records cannot do). Exact matches weigh their level's average
    /// weight, without the frequency adjustment, since value counts over a few records mean
    /// nothing. The over-merge guard and the auto-merge conditions are the same as in a run.
    public func rescore(_ customers: [NormalizedCustomer], model: ScoringModel) -> MatchResult {
        var statistics = MatchStatistics()
        statistics.records = customers.count
        statistics.prior = model.prior
        let table = RecordTable(customers, threads: 1, extraTextFields: settings.mappedTextFields,
                                valuesPerRecord: settings.maximumValuesPerRecord)
        statistics.cappedRecords = table.cappedRecords
        let comparer = PairComparer(table: table, specs: settings.comparisons, model: model,
                                    allowSwappedNames: settings.allowSwappedNames,
                                    termFrequencyMinimum: settings.termFrequencyMinimum, useTermFrequencies: false)
        let cutoff = ScoringModel.weight(probability: settings.reviewThreshold)
        var pairs: [ScoredPair] = []
        for i in customers.indices {
            for j in customers.indices where j > i && table.franchise[i] == table.franchise[j] {
                let (pattern, sum) = comparer.evaluate(i, j)
                let weight = sum + model.priorWeight
                guard weight >= cutoff else { continue }
                pairs.append(ScoredPair(a: Int32(i), b: Int32(j), weight: weight,
                                        probability: ScoringModel.probability(weight: weight), pattern: pattern))
            }
        }
        statistics.candidatePairs = customers.count * (customers.count - 1) / 2
        statistics.scoredPairs = pairs.count
        let (clusters, refusals) = clusterer(comparer).cluster(pairs, recordCount: table.count)
        statistics.guardRefusals = refusals
        return MatchResult(model: model, pairs: pairs, clusters: clusters, statistics: statistics, comparer: comparer)
    }
}
