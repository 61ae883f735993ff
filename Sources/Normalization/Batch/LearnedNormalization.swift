/// What normalizing a whole base learns from it, beyond each record alone: the family names
/// that split a full name typed into one field (``FullNameSplitter``) and the readings of kanji
/// spellings (``KanjiReadingLexicon``).
///
/// A record normalized on its own (a booking checked against a stored run, a candidate read
/// back from the store) gets the same keys as in the run's batch only with what the run learned:
/// without it `田中` alone would key as pinyin while the run keyed it `tanaka`. The standing index
/// stores this beside each run (see `StandingIndex`).
public struct LearnedNormalization: Sendable, Hashable {
    /// Family names the splitter knows, sorted.
    public var familyNames: [String]
    /// Kanji spelling → romaji key of its dominant reading, sorted by spelling.
    public var readings: [(kanji: String, readingKey: String)]

    public init(familyNames: [String], readings: [(kanji: String, readingKey: String)]) {
        self.familyNames = familyNames
        self.readings = readings
    }

    public static func == (a: LearnedNormalization, b: LearnedNormalization) -> Bool {
        a.familyNames == b.familyNames && a.readings.elementsEqual(b.readings) { $0.kanji == $1.kanji && $0.readingKey == $1.readingKey }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(familyNames)
        for r in readings { hasher.combine(r.kanji); hasher.combine(r.readingKey) }
    }

    init(splitter: FullNameSplitter, lexicon: KanjiReadingLexicon) {
        familyNames = splitter.familyNames.sorted()
        readings = lexicon.learned.map { (kanji: $0.key.string, readingKey: $0.value) }.sorted { $0.kanji < $1.kanji }
    }

    var splitter: FullNameSplitter { FullNameSplitter(familyNames: Set(familyNames)) }

    func lexicon(names: NameNormalizer) -> KanjiReadingLexicon {
        var lexicon = KanjiReadingLexicon(names: names)
        for r in readings { lexicon.learned[UTF8Key(r.kanji)] = r.readingKey }
        return lexicon
    }
}

/// ``LearnedNormalization`` made ready for a normalizer: its lexicon and splitter built once,
/// for a process that normalizes a few records at a time (`match` checks one after another).
public struct PreparedLearning: Sendable {
    let lexicon: KanjiReadingLexicon
    let splitter: FullNameSplitter
}

extension CustomerNormalizer {
    /// `learned` ready for ``normalize(_:prepared:)``.
    public func prepare(_ learned: LearnedNormalization) -> PreparedLearning {
        PreparedLearning(lexicon: learned.lexicon(names: names), splitter: learned.splitter)
    }

    /// As ``normalize(_:learned:)``, with the learning prepared once.
    public func normalize(_ inputs: [CustomerInput], prepared: PreparedLearning) -> [NormalizedCustomer] {
        run(inputs, lexicon: prepared.lexicon, splitter: prepared.splitter).customers
    }

    /// Normalizes a whole base, as ``normalize(_:)`` does, and returns what it learned from it.
    public func normalizeLearning(_ inputs: [CustomerInput]) -> (customers: [NormalizedCustomer], learned: LearnedNormalization) {
        let (customers, lexicon, splitter) = run(inputs, lexicon: nil, splitter: nil)
        return (customers, LearnedNormalization(splitter: splitter, lexicon: lexicon))
    }

    /// Normalizes a few records with what a whole base taught (``normalizeLearning(_:)``): each
    /// record gets the keys it had in that base's batch.
    public func normalize(_ inputs: [CustomerInput], learned: LearnedNormalization) -> [NormalizedCustomer] {
        run(inputs, lexicon: learned.lexicon(names: names), splitter: learned.splitter).customers
    }
}
