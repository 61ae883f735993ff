/// What ``NameNormalizer`` strips and what it treats as "no name".
///
/// Every list is written as a person would type it; the normalizer cleans the entries itself
/// (`Walk-In`, `walk in` and `ｗａｌｋｉｎ` all mean the same entry).
public struct NameNormalizationOptions: Sendable, Hashable {
    /// Japanese honorifics, dropped as a separate word (`田中 様`) or as a suffix (`田中様`).
    /// Entries in pure ASCII are only dropped as whole words, never as suffixes, so that adding
    /// `san` cannot turn `Hassan` into `has`.
    public var honorifics: Set<String>
    /// Titles dropped when they lead the name: `Mr. John Smith` → `johnsmith`.
    /// Not dropped elsewhere, so a name like `Miss` in the middle survives.
    public var titles: Set<String>
    /// Romaji honorifics dropped only when joined by a hyphen: `Smith-san`, `Tanaka-sama`.
    /// A separate word is kept because `Chan`, `Kun` and `San` are also surnames.
    public var romajiHonorifics: Set<String>
    /// Names staff type when they do not know the guest: `ゲスト`, `Walk-in`, `未設定`, `.`.
    /// An entry with punctuation (`n/a`) matches only with that punctuation, so `NA` (the Korean
    /// surname 나) is not a placeholder while `N/A` is; `na` is deliberately not in the defaults.
    public var placeholderNames: Set<String>

    public init(
        honorifics: Set<String> = NameNormalizationOptions.defaultHonorifics,
        titles: Set<String> = NameNormalizationOptions.defaultTitles,
        romajiHonorifics: Set<String> = NameNormalizationOptions.defaultRomajiHonorifics,
        placeholderNames: Set<String> = NameNormalizationOptions.defaultPlaceholderNames
    ) {
        self.honorifics = honorifics
        self.titles = titles
        self.romajiHonorifics = romajiHonorifics
        self.placeholderNames = placeholderNames
    }

    /// `チャン` and `サン` are left out: they end real names (陳 チャン, ジョナサン).
    public static let defaultHonorifics: Set<String> = [
        "様", "さま", "サマ", "さん", "殿", "どの", "氏", "御中", "くん", "ちゃん", "先生", "せんせい",
    ]

    /// `m` (monsieur) and `don` are left out: they are initials and given names too.
    public static let defaultTitles: Set<String> = [
        "mr", "mrs", "ms", "mx", "miss", "mister", "dr", "doctor", "prof", "professor", "sir", "madam",
        "madame", "mme", "mlle", "monsieur", "mademoiselle", "herr", "frau", "sr", "sra", "srta",
        "señor", "señora", "signor", "signora", "sig", "dott",
    ]

    public static let defaultRomajiHonorifics: Set<String> = [
        "san", "sama", "kun", "chan", "sensei", "dono", "shi",
    ]

    public static let defaultPlaceholderNames: Set<String> = [
        // Japanese
        "ゲスト", "ゲスト様", "お客様", "お客さま", "お客", "客", "様", "未設定", "未入力", "未登録", "不明",
        "なし", "無し", "名無し", "ななし", "匿名", "テスト", "てすと", "ダミー", "サンプル", "ウォークイン",
        "飛び込み", "飛込", "フリー", "予約", "当日", "電話予約", "担当", "名前",
        // English and others
        "guest", "walk-in", "walkin", "walk in", "unknown", "n/a", "none", "test", "dummy", "sample",
        "customer", "no name", "noname", "name", "anonymous", "tbd", "null", "nil", "undefined",
        "free", "web", "tel", "inconnu", "invité",
        // Junk
        ".", "..", "...", "-", "--", "_", "x", "xx", "xxx", "?", "??", "???", "*", "・", "。", "、",
    ]
}
