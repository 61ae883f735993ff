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
    /// Levenshtein distance at most the bound. Example at 1: `yuki.sato@x.jp` ~ `yuki.sato@x.jp`.
    case editDistance(Int)
    /// Birthdays one typing slip apart: one digit differs, or day and month swapped.
    case dateTypo
    /// Given names that are short and full forms of one name (Jim ~ James, Pepe ~ José).
    case nickname
    /// Always holds: the last level, for values that are present and different.
    case otherwise

    /// The label used when the rules file does not give one.
    public var defaultLabel: String {
        switch self {
        case .exact: return "exact"
        case .jaroWinkler(let t): return "jaro_winkler_\(t)"
        case .editDistance(let d): return "edit_distance_\(d)"
        case .dateTypo: return "typo"
        case .nickname: return "nickname"
        case .otherwise: return "different"
        }
    }
}
