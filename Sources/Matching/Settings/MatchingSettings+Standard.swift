extension MatchingSettings {
    /// The built-in default, tuned for Japanese restaurant groups and Latin-script bases alike.
    /// `rules/default.yaml` writes the same values out with a comment on each.
    public static let standard = MatchingSettings(
        comparisons: [
            ComparisonSpec(name: "last_name", field: .lastName, levels: [
                ComparisonLevel(predicate: .exact, m: 0.88, termFrequencyAdjusted: true),
                ComparisonLevel(predicate: .jaroWinkler(0.92), m: 0.07),
                ComparisonLevel(predicate: .jaroWinkler(0.80), m: 0.03),
                ComparisonLevel(predicate: .otherwise, m: 0.02),
            ]),
            ComparisonSpec(name: "first_name", field: .firstName, levels: [
                ComparisonLevel(predicate: .exact, m: 0.86, termFrequencyAdjusted: true),
                ComparisonLevel(predicate: .nickname, m: 0.01),
                ComparisonLevel(predicate: .jaroWinkler(0.92), m: 0.07),
                ComparisonLevel(predicate: .jaroWinkler(0.80), m: 0.03),
                ComparisonLevel(predicate: .otherwise, m: 0.03),
            ]),
            ComparisonSpec(name: "phone", field: .phone, levels: [
                ComparisonLevel(predicate: .exact, m: 0.85, termFrequencyAdjusted: true),
                ComparisonLevel(predicate: .otherwise, m: 0.13),
            ]),
            ComparisonSpec(name: "email", field: .email, levels: [
                ComparisonLevel(predicate: .exact, m: 0.80, termFrequencyAdjusted: true),
                ComparisonLevel(predicate: .otherwise, m: 0.20),
            ]),
            ComparisonSpec(name: "birthday", field: .birthday, levels: [
                ComparisonLevel(predicate: .exact, m: 0.95, termFrequencyAdjusted: true),
                ComparisonLevel(predicate: .dateTypo, m: 0.03),
                ComparisonLevel(predicate: .otherwise, m: 0.02),
            ]),
            ComparisonSpec(name: "company", field: .company, levels: [
                ComparisonLevel(predicate: .exact, m: 0.80),
                ComparisonLevel(predicate: .jaroWinkler(0.90), m: 0.10),
                ComparisonLevel(predicate: .otherwise, m: 0.10),
            ]),
            // u given, not estimated: see rules/default.yaml.
            ComparisonSpec(name: "postal_code", field: .postalCode, levels: [
                ComparisonLevel(predicate: .exact, m: 0.80, u: 0.01),
                ComparisonLevel(predicate: .otherwise, m: 0.20),
            ]),
            ComparisonSpec(name: "street", field: .street, levels: [
                ComparisonLevel(predicate: .exact, m: 0.70, u: 0.01),
                ComparisonLevel(predicate: .jaroWinkler(0.90), m: 0.15, u: 0.03),
                ComparisonLevel(predicate: .otherwise, m: 0.15),
            ]),
        ],
        blockingRules: [
            BlockingRule(name: "phone", parts: [.phone], symmetricNames: false, maximumBlockSize: 50),
            BlockingRule(name: "email", parts: [.email], symmetricNames: false, maximumBlockSize: 50),
            BlockingRule(name: "name", parts: [.lastName, .firstName], maximumBlockSize: 50),
            BlockingRule(name: "name_exact", parts: [.lastNameExact, .firstNameExact], maximumBlockSize: 50),
            BlockingRule(name: "last_name_first_initial", parts: [.lastName, .firstNameInitial], maximumBlockSize: 50),
            BlockingRule(name: "birthday_first_name", parts: [.birthday, .firstName], maximumBlockSize: 100),
            BlockingRule(name: "birthday_last_name", parts: [.birthday, .lastName], maximumBlockSize: 100),
            BlockingRule(name: "address", parts: [.postalCode, .street], symmetricNames: false, maximumBlockSize: 50),
            BlockingRule(name: "postal_code_birthday", parts: [.postalCode, .birthday], symmetricNames: false,
                         maximumBlockSize: 100),
        ]
    )
}
