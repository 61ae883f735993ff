/// A ``Culture`` with its names pre-split into scalars and its samplers built.
struct PreparedCulture: Sendable {
    let culture: Culture
    let maleGiven: [[Unicode.Scalar]]
    let femaleGiven: [[Unicode.Scalar]]
    let surnames: [[Unicode.Scalar]]
    let maleSampler: WeightedSampler
    let femaleSampler: WeightedSampler
    let surnameSampler: WeightedSampler
    let phoneSampler: WeightedSampler
    let mailSampler: WeightedSampler

    init(_ culture: Culture) {
        self.culture = culture
        maleGiven = culture.givenNames.filter { !$0.female }.map { Array($0.name.unicodeScalars) }
        femaleGiven = culture.givenNames.filter(\.female).map { Array($0.name.unicodeScalars) }
        surnames = culture.surnames.map { Array($0.unicodeScalars) }
        maleSampler = .zipf(count: maleGiven.count, exponent: 0.7)
        femaleSampler = .zipf(count: femaleGiven.count, exponent: 0.7)
        surnameSampler = .zipf(count: surnames.count, exponent: 0.8)
        phoneSampler = WeightedSampler(weights: culture.phoneCountries.map(\.weight))
        mailSampler = WeightedSampler(weights: culture.mailDomains.map(\.weight))
    }
}
