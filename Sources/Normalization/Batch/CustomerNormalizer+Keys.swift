import Parallelism
extension CustomerNormalizer {
    /// Romaji keys of distinct strings: the cheap ones (ASCII, kana) on all cores, the ones
    /// that need ICU serially, since ICU's transliterator lock makes threads slower, not faster.
    func romajiKeys(for strings: [UTF8Key]) -> [UTF8Key: String] {
        var cheap: [UTF8Key] = []
        var viaICU: [UTF8Key] = []
        for string in strings {
            if names.needsTransliteration(string.string) { viaICU.append(string) } else { cheap.append(string) }
        }
        var keys: [UTF8Key: String] = [:]
        keys.reserveCapacity(strings.count)
        let chunks = ParallelChunks.map(ParallelChunks.ranges(count: cheap.count)) { range in
            cheap[range].map { ($0, names.romajiKey($0.string)) }
        }
        for chunk in chunks {
            for (string, key) in chunk { keys[string] = key }
        }
        for string in viaICU { keys[string] = names.romajiKey(string.string) }
        return keys
    }

    /// Learns the lexicon from the (kanji name, reading) pairs the cleaning chunks counted.
    /// - Complexity: O(p) in the distinct pairs per chunk.
    func learnLexicon(_ summaries: [ChunkSummary], keys: [UTF8Key: String]) -> KanjiReadingLexicon {
        var lexicon = KanjiReadingLexicon(names: names)
        for summary in summaries {
            for observation in summary.observations {
                guard let key = keys[UTF8Key(observation.reading)] else { continue }
                lexicon.observe(name: observation.name, readingKey: key, count: observation.count)
            }
        }
        lexicon.finalize(minimumSupport: options.lexiconMinimumSupport, minimumShare: options.lexiconMinimumShare)
        return lexicon
    }

    /// Keys for kanji spellings: the learned reading, else ICU's pinyin.
    func kanjiKeys(for spellings: [UTF8Key], lexicon: KanjiReadingLexicon) -> [UTF8Key: String] {
        var keys: [UTF8Key: String] = [:]
        keys.reserveCapacity(spellings.count)
        for spelling in spellings {
            keys[spelling] = lexicon.readingKey(for: spelling) ?? names.romajiKey(spelling.string)
        }
        return keys
    }

    /// Sets the romaji keys of one customer (see the type's documentation for the rules).
    static func fillRomaji(_ customer: inout NormalizedCustomer, _ record: RecordNames,
                           keys: [UTF8Key: String], hanKeys: [UTF8Key: String]) {
        guard !customer.isPlaceholderName else { return }
        customer.lastName.romaji = romaji(exact: customer.lastName.exact, isHan: record.lastIsHan,
                                          reading: record.lastReading, keys: keys, hanKeys: hanKeys)
        customer.firstName.romaji = romaji(exact: customer.firstName.exact, isHan: record.firstIsHan,
                                           reading: record.firstReading, keys: keys, hanKeys: hanKeys)
    }

    private static func romaji(exact: String, isHan: Bool, reading: String,
                               keys: [UTF8Key: String], hanKeys: [UTF8Key: String]) -> String {
        if isHan {
            if !reading.isEmpty { return keys[UTF8Key(reading)] ?? "" }
            return hanKeys[UTF8Key(exact)] ?? ""
        }
        if !exact.isEmpty { return keys[UTF8Key(exact)] ?? "" }
        return reading.isEmpty ? "" : keys[UTF8Key(reading)] ?? ""
    }
}
