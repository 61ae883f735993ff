/// Smaller word lists: mail providers, e-mail words, companies, memos, tags and staff placeholders.
enum MiscLexicon {
    static let japaneseMailDomains: [(domain: String, weight: Double)] = [
        ("gmail.com", 30), ("yahoo.co.jp", 18), ("icloud.com", 12), ("docomo.ne.jp", 10),
        ("ezweb.ne.jp", 6), ("softbank.ne.jp", 5), ("i.softbank.jp", 4), ("au.com", 3),
        ("outlook.jp", 3), ("hotmail.co.jp", 3), ("nifty.com", 2), ("biglobe.ne.jp", 2),
        ("me.com", 1), ("outlook.com", 2),
    ]

    /// Words people build addresses from when not using their name.
    static let mailWords = """
        sakura blue sky happy cat neko inu hoshi sora umi yama hana momo lucky star moon kaze \
        coffee ramen sushi soccer tennis music piano guitar travel smile sunny rainbow dragon \
        tiger panda kuma mint lemon
        """.split(separator: " ").map(String.init)

    /// Japanese company stems; records write them as 株式会社X, (株)X, ㈱X, X株式会社 or X.
    static let japaneseCompanies = """
        山田商事 東京物産 日本通信 大和建設 さくら不動産 富士電機工業 丸の内法律事務所 青山デザイン \
        中央証券 北斗システム 三ツ星食品 アジア旅行 東洋精密 みらい保険 ひかり出版 関東運輸 \
        日の出製薬 グローバルテック 明治プランニング 銀座コンサルティング
        """.split(separator: " ").map(String.init)

    static let internationalCompanies = [
        "Goldman Sachs Japan", "Morgan Stanley MUFG", "Deloitte Tohmatsu", "Google Japan G.K.",
        "Amazon Japan", "BlackRock Japan", "Accenture", "McKinsey & Company", "Sony Group",
        "Rakuten Group", "Mercari, Inc.", "TableCheck Inc.", "HSBC", "J.P. Morgan", "Apple Japan",
    ]

    /// Free-text memos; a few carry quotes and a line break to exercise JSON escaping.
    static let memos = [
        "窓際希望", "アレルギー: えび", "誕生日ケーキ予約", "カウンター席希望", "車椅子利用",
        "Prefers counter seat", "Allergic to nuts", "VIP \"常連\"", "喫煙席NG\n駐車場利用",
        "Anniversary dinner", "ベジタリアン", "お子様連れ", "接待利用", "Wine pairing \\ sake",
    ]

    static let tags = ["vip", "regular", "wine", "allergy", "birthday", "corporate", "inbound", "blacklist"]

    /// What staff type when they do not know or do not ask the guest's name.
    static let placeholderLastNames = [
        "ゲスト", "Guest", "Walk-in", "walk in", "未設定", ".", "-", "不明", "ゲスト様", "名無し",
        "TEST", "なし", "様", "GUEST", "お客様",
    ]
    static let placeholderFirstNames = ["", ".", "-", "様", "ゲスト", "Guest", "未設定"]
    static let placeholderEmails = [
        "none@example.com", "noreply@tablecheck.com", "no-email@example.jp", "na@na.com",
        "guest@example.com", "dummy@dummy.jp",
    ]
}
