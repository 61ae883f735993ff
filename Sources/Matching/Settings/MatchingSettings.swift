/// How the prior match probability (two random records of one franchise being one person) is set.
public enum PriorSetting: Sendable, Hashable {
    /// Estimated from the data each run: the fixed point of "expected matches among the candidate
    /// pairs / all pairs".
    case estimate
    /// A fixed probability.
    case fixed(Double)
}

/// Everything the matcher needs to know: comparisons, blocking, thresholds, guards.
///
/// The Rules module reads this from YAML; the built-in default (`MatchingSettings.standard`, in
/// Rules) is `rules/default.yaml` parsed, so the defaults have one source.
public struct MatchingSettings: Sendable, Hashable {
    public var comparisons: [ComparisonSpec]
    public var blockingRules: [BlockingRule]
    /// Compare family/given names in both orientations and keep the better one.
    public var allowSwappedNames: Bool
    /// Pairs and clusters at or above this match probability are suggested for review.
    public var reviewThreshold: Double
    /// Clusters at or above this confidence may merge without review.
    public var autoMergeThreshold: Double
    public var prior: PriorSetting
    /// Random pairs drawn to estimate each level's `u` (never more than the base has pairs).
    public var uSampleSize: Int
    /// Distinct phones (and, apart, emails) of one record used for blocking and comparison.
    /// A person has a few; a record with thousands is a data error (an import gone wrong, a
    /// shared front-desk record), and all of them made one run take hours. The rest are kept
    /// in the record and in merges, only not matched on.
    public var maximumValuesPerRecord: Int
    /// Smallest value frequency used by term-frequency adjustment, so that a value seen once
    /// does not get an unbounded weight.
    public var termFrequencyMinimum: Double
    /// A cluster larger than this is never auto-merged.
    public var maximumAutoMergeClusterSize: Int
    /// Contradictions that the over-merge guard refuses inside one cluster.
    public var contradictions: ContradictionRules
    /// Comparisons whose first (exact) level counts as evidence of the person rather than of the
    /// household: every link of an auto-merged cluster needs one. A shared phone and surname
    /// with a different or missing given name is what family members look like, so such a link
    /// goes to review however high its probability.
    public var autoMergeEvidence: [String]
    /// The smallest base weight (bits) of a level that counts as such evidence: exact matches and
    /// typo-close ones pass, loose similarity (Yuko ~ Yuto) does not.
    public var autoMergeEvidenceMinimumWeight: Double
    /// Comparisons whose last (`different`) level vetoes auto-merge of a link: two different
    /// given names or birthdays under one phone are a family, not a typo.
    public var autoMergeVetoes: [String]
    /// Seed of the random sampling, so that runs are repeatable.
    public var seed: UInt64
    /// Learning m from the data (EM): on by default, with its bounds.
    public var training = TrainingSettings()

    public init(
        comparisons: [ComparisonSpec], blockingRules: [BlockingRule], allowSwappedNames: Bool = true,
        reviewThreshold: Double = 0.65, autoMergeThreshold: Double = 0.99, prior: PriorSetting = .estimate,
        uSampleSize: Int = 1_000_000, termFrequencyMinimum: Double = 1e-6,
        maximumAutoMergeClusterSize: Int = 6, contradictions: ContradictionRules = ContradictionRules(),
        autoMergeEvidence: [String] = ["first_name", "birthday", "email"], autoMergeEvidenceMinimumWeight: Double = 2,
        autoMergeVetoes: [String] = ["first_name", "birthday"], seed: UInt64 = 42,
        maximumValuesPerRecord: Int = MatchingSettings.defaultMaximumValuesPerRecord
    ) {
        self.maximumValuesPerRecord = maximumValuesPerRecord
        self.comparisons = comparisons
        self.blockingRules = blockingRules
        self.allowSwappedNames = allowSwappedNames
        self.reviewThreshold = reviewThreshold
        self.autoMergeThreshold = autoMergeThreshold
        self.prior = prior
        self.uSampleSize = uSampleSize
        self.termFrequencyMinimum = termFrequencyMinimum
        self.maximumAutoMergeClusterSize = maximumAutoMergeClusterSize
        self.contradictions = contradictions
        self.autoMergeEvidence = autoMergeEvidence
        self.autoMergeEvidenceMinimumWeight = autoMergeEvidenceMinimumWeight
        self.autoMergeVetoes = autoMergeVetoes
        self.seed = seed
    }

    /// The cap when none is given (`max_values_per_record` in rules/default.yaml).
    public static let defaultMaximumValuesPerRecord = 20

    /// The fields the comparisons and blocking keys name beyond the built-in ones: text fields
    /// that the rules file maps (a city), each a text column of the record table.
    public var mappedTextFields: [String] {
        var fields: [String] = []
        let named = comparisons.map(\.field) + blockingRules.flatMap { $0.keys.map { BlockingKey($0).field } }
        for field in named where !ColumnDefinition.isBuiltIn(field) && !fields.contains(field) { fields.append(field) }
        return fields
    }
}

/// What the over-merge guard treats as two records that cannot be one person.
public struct ContradictionRules: Sendable, Hashable {
    /// Both birthdays present and not one typing slip apart.
    public var differentBirthday: Bool
    /// Both full names present and the name comparisons both at their last (`different`) level,
    /// in either orientation.
    public var differentName: Bool
    /// Same family name, both given names present and at the `different` level: what a parent
    /// and child sharing a phone look like. Checked only between members that a chain would join,
    /// not for the pair being linked (its own score already weighed the given names).
    public var differentGivenName: Bool

    public init(differentBirthday: Bool = true, differentName: Bool = true, differentGivenName: Bool = true) {
        self.differentBirthday = differentBirthday
        self.differentName = differentName
        self.differentGivenName = differentGivenName
    }
}
