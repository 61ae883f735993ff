/// The test a comparison level applies to a pair's two values.
///
/// Levels are tried in order and the first that holds is the pair's level, as in Splink: put the
/// strictest first (`exact`), then the looser ones, then `otherwise`.
public enum LevelPredicate: Sendable, Hashable {
    /// The values are equal (for names: the in-script spelling or the romaji key; for phones
    /// and emails: any value shared).
    case exact
    /// Jaro-Winkler similarity of the romaji / Latin keys at or above the threshold.
    /// Example at 0.92: `tanaka` ~ `tanake` (0.95).
    case jaroWinkler(Double)
    /// Edit distance at most the bound, a swap of two neighbouring characters counting one
    /// edit. Example at 1: `3182` ~ `3128`, `yuki.sato@x.jp` ~ `yuki.satou@x.jp`. For dates:
    /// digits that differ.
    case editDistance(Int)
    /// Word-by-word similarity (``TokenSimilarity``) at or above the threshold: words in
    /// another order, a typo in one word. Example at 0.85: `8 allunga cockcroft avenue` ~
    /// `8 cockcroft avenue allunga` (1.0). For fields with words (street); others never reach it.
    case tokenSimilarity(Double)
    /// Birthdays one typing slip apart: one digit differs, or day and month swapped.
    case dateTypo
    /// Given names that are short and full forms of one name (Jim ~ James, Pepe ~ José).
    case nickname
    /// One value is a single letter, the initial of the other (`j` ~ `john`): an export that
    /// keeps only initials. For text fields; dates and sets never reach it.
    case initial
    /// Always holds: the last level, for values that are present and different.
    case otherwise

    /// The label used when the rules file does not give one.
    public var defaultLabel: String {
        switch self {
        case .exact: return "exact"
        case .jaroWinkler(let t): return "jaro_winkler_\(t)"
        case .editDistance(let d): return "edit_distance_\(d)"
        case .tokenSimilarity(let t): return "token_similarity_\(t)"
        case .dateTypo: return "typo"
        case .nickname: return "nickname"
        case .initial: return "initial"
        case .otherwise: return "different"
        }
    }
}
