/// Kanji name → reading, learned from the customer base itself.
///
/// ICU reads kanji as Mandarin (`田中` → `tianzhong`), so a kanji name never meets the same
/// person written in kana or romaji. But many records carry both the kanji name and its kana
/// reading (furigana). Counting, per name part, which reading each kanji spelling comes with
/// gives a lexicon that lets `田中` without a reading meet `タナカ` and `Tanaka`.
///
/// ```swift
/// var lexicon = KanjiReadingLexicon()
/// lexicon.observe(name: "田中", reading: "タナカ")
/// lexicon.observe(name: "田中", reading: "たなか")
/// lexicon.finalize()
/// lexicon.readingKey(for: "田中")   // "tanaka"
/// ```
///
/// Readings are counted by their romaji key, so `タロウ`, `タロー` and `たろう` support one
/// another. A spelling with several common readings (中島: nakajima / nakashima, 幸子: sachiko /
/// yukiko) gets a key only when one reading clearly dominates (``finalize(minimumSupport:minimumShare:)``).
/// Feed it name parts (family name with family-name reading, given with given), not full names.
public struct KanjiReadingLexicon: Sendable {
    private struct Observation: Hashable {
        var name: UTF8Key
        var readingKey: String
    }

    private var counts: [Observation: Int] = [:]
    private var readingKeyCache: [UTF8Key: String] = [:]
    /// Read by ``LearnedNormalization`` (the standing index keeps it beside a run).
    var learned: [UTF8Key: String] = [:]
    private let names: NameNormalizer

    /// An empty lexicon; `names` computes reading keys in ``observe(name:reading:)``.
    public init(names: NameNormalizer = NameNormalizer()) {
        self.names = names
    }

    /// Counts one record's name part and its reading, both already cleaned
    /// (``NameNormalizer/clean(_:)``). Ignored unless the name contains kanji and the reading
    /// does not (a reading field holding kanji is no reading).
    public mutating func observe(name: String, reading: String) {
        guard NameScript(of: name) == .han else { return }
        let script = NameScript(of: reading)
        guard script != .han, script != .empty else { return }
        let key: String
        if let cached = readingKeyCache[UTF8Key(reading)] {
            key = cached
        } else {
            key = names.romajiKey(reading)
            readingKeyCache[UTF8Key(reading)] = key
        }
        observe(name: name, readingKey: key)
    }

    /// Counts a name part `count` times with the romaji key of its reading already computed
    /// (the batch normalizer has every reading key at hand). The caller has checked the scripts.
    public mutating func observe(name: String, readingKey: String, count: Int = 1) {
        guard !name.isEmpty, !readingKey.isEmpty, count > 0 else { return }
        counts[Observation(name: UTF8Key(name), readingKey: readingKey), default: 0] += count
    }

    /// Adds another lexicon's observations (one per chunk of a parallel pass).
    /// - Complexity: O(m) in the other lexicon's distinct observations.
    public mutating func merge(_ other: KanjiReadingLexicon) {
        for (observation, count) in other.counts {
            counts[observation, default: 0] += count
        }
    }

    /// Chooses the reading of each kanji spelling: its most frequent reading key, kept when it
    /// was seen at least `minimumSupport` times and makes up at least `minimumShare` of that
    /// spelling's observations. Calling it again recomputes from all observations so far.
    /// Ties go to the alphabetically first key, so the result does not depend on input order.
    /// - Complexity: O(n) in the distinct (spelling, reading) pairs.
    public mutating func finalize(minimumSupport: Int = 2, minimumShare: Double = 0.6) {
        var totals: [UTF8Key: Int] = [:]
        var best: [UTF8Key: (key: String, count: Int)] = [:]
        for (observation, count) in counts {
            totals[observation.name, default: 0] += count
            if let current = best[observation.name],
               current.count > count || (current.count == count && current.key < observation.readingKey) {
                continue
            }
            best[observation.name] = (observation.readingKey, count)
        }
        var learned: [UTF8Key: String] = [:]
        for (name, choice) in best {
            let total = totals[name] ?? 0
            if choice.count >= minimumSupport, Double(choice.count) >= minimumShare * Double(total) {
                learned[name] = choice.key
            }
        }
        self.learned = learned
    }

    /// The romaji key of the dominant reading of a cleaned kanji name, or nil when it was not
    /// seen often enough, has no dominant reading, or ``finalize(minimumSupport:minimumShare:)``
    /// has not been called.
    public func readingKey(for kanji: String) -> String? {
        learned[UTF8Key(kanji)]
    }

    func readingKey(for kanji: UTF8Key) -> String? {
        learned[kanji]
    }

    /// How many kanji spellings have a learned reading.
    public var count: Int { learned.count }
}
