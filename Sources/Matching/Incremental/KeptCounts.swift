import Normalization

/// A kept model with its value counts made ready once (their lookup table holds every value
/// two or more base records carried: millions at 1.65M customers), for the several small
/// ``KeptModelTable``s of one incremental run.
public struct KeptCounts: Sendable {
    let matcher: Matcher
    let model: ScoringModel
    let frequencies: FrozenFrequencies
    let lookup: FrozenLookup

    public init(matcher: Matcher, model: ScoringModel, frequencies: FrozenFrequencies) {
        self.matcher = matcher
        self.model = model
        self.frequencies = frequencies
        self.lookup = FrozenLookup(frequencies)
    }

    /// The stable blocking keys of `customers` under each rule (`keys[record][rule]`, see
    /// ``RecordTable/standingKeys(rules:)``): keys need no value counts.
    public func standingKeys(_ customers: [NormalizedCustomer], threads: Int) -> [[[UInt64]]] {
        let settings = matcher.settings
        return RecordTable(customers, threads: threads, extraTextFields: settings.mappedTextFields,
                           valuesPerRecord: settings.maximumValuesPerRecord).standingKeys(rules: settings.blockingRules)
    }
}
