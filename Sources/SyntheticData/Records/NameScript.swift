/// Which script a Japanese name is written in on one record.
enum NameScript: UInt8 {
    case kanji, katakana, hiragana, romaji, fullWidthRomaji

    static let sampler = WeightedSampler(weights: [0.60, 0.12, 0.04, 0.20, 0.04])
}
