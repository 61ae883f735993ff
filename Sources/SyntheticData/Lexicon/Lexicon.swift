/// All name lexicons and their samplers, built once per process.
///
/// Surnames and given names follow Zipf-like laws: a few names (佐藤, 鈴木, 高橋; 翔太, 陽菜) are
/// shared by very many different people — the hardest negatives for a matcher that leans on names.
struct Lexicon: Sendable {
    static let shared = Lexicon()

    let surnames: [JapaneseName]
    let maleGiven: [JapaneseName]
    let femaleGiven: [JapaneseName]
    let surnameSampler: WeightedSampler
    let maleSampler: WeightedSampler
    let femaleSampler: WeightedSampler
    let cultures: [PreparedCulture]
    let cultureSampler: WeightedSampler
    let japaneseMailSampler: WeightedSampler

    private init() {
        surnames = JapaneseName.parse(JapaneseSurnames.table)
        let given = JapaneseName.parse(JapaneseGivenNames.table)
        maleGiven = given.filter { !$0.female }
        femaleGiven = given.filter(\.female)
        surnameSampler = .zipf(count: surnames.count, exponent: 0.75)
        maleSampler = .zipf(count: maleGiven.count, exponent: 0.7)
        femaleSampler = .zipf(count: femaleGiven.count, exponent: 0.7)
        cultures = InternationalCultures.all.map(PreparedCulture.init)
        cultureSampler = WeightedSampler(weights: InternationalCultures.all.map(\.weight))
        japaneseMailSampler = WeightedSampler(weights: MiscLexicon.japaneseMailDomains.map(\.weight))
    }

    func given(female: Bool) -> [JapaneseName] { female ? femaleGiven : maleGiven }
}
