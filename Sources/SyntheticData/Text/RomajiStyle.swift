/// How a Japanese name is romanised. Real records disagree on exactly the points that matter to a
/// matcher: long vowels, syllabic n before a vowel, and the passport "oh".
enum RomajiStyle: UInt8, Sendable, CaseIterable {
    /// Simplified Hepburn, long vowels dropped: Taro, Yuko, Shota, Junichi, Saito, Ota.
    case hepburn
    /// As typed on a keyboard, kana by kana: Tarou, Yuuko, Shouta, Jun'ichi, Saitou, Oota.
    case wapuro
    /// Passport style: Taroh, Yuko, Shohta, Junichi, Saitoh, Ohta; m before b/m/p.
    case passport
    /// Hepburn with macrons: Tarō, Yūko, Shōta, Jun'ichi, Saitō, Ōta.
    case macron

    static let sampler = WeightedSampler(weights: [0.52, 0.30, 0.10, 0.08])
}
