/// Names the fixtures are drawn from, most common first (picks are skewed towards the front).
///
/// A few dozen common names of each kind give the Zipf-like head of real bases (many 佐藤,
/// few 本間); ``ComposedNames`` adds the long tail of rare names.
enum NameLexicon {
    static let japaneseFamilyNames: [JapaneseName] = [
        .init("佐藤", "サトウ", "Satou"), .init("鈴木", "スズキ", "Suzuki"), .init("高橋", "タカハシ", "Takahashi"),
        .init("田中", "タナカ", "Tanaka"), .init("伊藤", "イトウ", "Itou"), .init("渡辺", "ワタナベ", "Watanabe"),
        .init("山本", "ヤマモト", "Yamamoto"), .init("中村", "ナカムラ", "Nakamura"), .init("小林", "コバヤシ", "Kobayashi"),
        .init("加藤", "カトウ", "Katou"), .init("吉田", "ヨシダ", "Yoshida"), .init("山田", "ヤマダ", "Yamada"),
        .init("佐々木", "ササキ", "Sasaki"), .init("山口", "ヤマグチ", "Yamaguchi"), .init("松本", "マツモト", "Matsumoto"),
        .init("井上", "イノウエ", "Inoue"), .init("木村", "キムラ", "Kimura"), .init("林", "ハヤシ", "Hayashi"),
        .init("斎藤", "サイトウ", "Saitou"), .init("清水", "シミズ", "Shimizu"), .init("山崎", "ヤマザキ", "Yamazaki"),
        .init("森", "モリ", "Mori"), .init("池田", "イケダ", "Ikeda"), .init("橋本", "ハシモト", "Hashimoto"),
        .init("阿部", "アベ", "Abe"), .init("石川", "イシカワ", "Ishikawa"), .init("山下", "ヤマシタ", "Yamashita"),
        .init("中島", "ナカジマ", "Nakajima"), .init("石井", "イシイ", "Ishii"), .init("小川", "オガワ", "Ogawa"),
        .init("前田", "マエダ", "Maeda"), .init("岡田", "オカダ", "Okada"), .init("長谷川", "ハセガワ", "Hasegawa"),
        .init("藤田", "フジタ", "Fujita"), .init("後藤", "ゴトウ", "Gotou"), .init("近藤", "コンドウ", "Kondou"),
        .init("村上", "ムラカミ", "Murakami"), .init("遠藤", "エンドウ", "Endou"), .init("青木", "アオキ", "Aoki"),
        .init("坂本", "サカモト", "Sakamoto"), .init("大野", "オオノ", "Oono"), .init("本間", "ホンマ", "Honma"),
    ]

    static let japaneseGivenNames: [JapaneseName] = [
        .init("翔太", "ショウタ", "Shouta"), .init("太郎", "タロウ", "Tarou"), .init("大輔", "ダイスケ", "Daisuke"),
        .init("陽子", "ヨウコ", "Youko"), .init("健太", "ケンタ", "Kenta"), .init("美咲", "ミサキ", "Misaki"),
        .init("拓也", "タクヤ", "Takuya"), .init("裕子", "ユウコ", "Yuuko"), .init("蓮", "レン", "Ren"),
        .init("さくら", "サクラ", "Sakura"), .init("大翔", "ヒロト", "Hiroto"), .init("結衣", "ユイ", "Yui"),
        .init("誠", "マコト", "Makoto"), .init("花子", "ハナコ", "Hanako"), .init("直樹", "ナオキ", "Naoki"),
        .init("恵子", "ケイコ", "Keiko"), .init("浩二", "コウジ", "Kouji"), .init("由美", "ユミ", "Yumi"),
        .init("隆", "タカシ", "Takashi"), .init("真由美", "マユミ", "Mayumi"), .init("健一", "ケンイチ", "Kenichi"),
        .init("彩", "アヤ", "Aya"), .init("和也", "カズヤ", "Kazuya"), .init("千尋", "チヒロ", "Chihiro"),
        .init("悠真", "ユウマ", "Yuuma"), .init("奈々", "ナナ", "Nana"), .init("陽菜", "ヒナ", "Hina"),
        .init("美穂", "ミホ", "Miho"), .init("智子", "トモコ", "Tomoko"), .init("純一", "ジュンイチ", "Junichi"),
        .init("明美", "アケミ", "Akemi"), .init("修", "オサム", "Osamu"), .init("剛", "ツヨシ", "Tsuyoshi"),
        .init("愛", "アイ", "Ai"), .init("亮", "リョウ", "Ryou"), .init("沙織", "サオリ", "Saori"),
        .init("優斗", "ユウト", "Yuuto"), .init("美優", "ミユ", "Miyu"), .init("翔", "ショウ", "Shou"),
        .init("陽太", "ヨウタ", "Youta"),
    ]

    /// Latin-script guests: accents, apostrophes and letters outside Latin-1, which go through ICU.
    static let latinFamilyNames = [
        "Smith", "García", "Müller", "Dupont", "Nguyễn", "O'Brien", "Kim", "Rossi", "Fernández", "Johnson",
        "Schröder", "Lefèvre", "Kowalski", "Jönsson", "Brown", "Núñez", "Dubois", "Søndergaard", "Lee",
        "Martín", "Costa", "Łukasiewicz", "Williams", "Çelik", "Novák", "Moreau", "Taylor", "Ødegård", "Chen",
        "Wilson",
    ]

    static let latinGivenNames = [
        "John", "José", "Anna", "Michael", "François", "Sarah", "Zoë", "David", "Émilie", "Lucas", "Sofía",
        "Jürgen", "Emma", "Chloé", "Oliver", "Björn", "Léa", "Mateo", "Inès", "Thomas", "Søren", "Ágnes",
        "Laura", "André", "Mia", "Renée", "Łucja", "Noémie", "Ana", "James",
    ]

    /// A family name as bases hold them: usually a common one, one in four from the long tail.
    static func japaneseFamily(_ random: inout FixtureRandom) -> JapaneseName {
        random.chance(0.25) ? ComposedNames.family(&random) : random.pickSkewed(japaneseFamilyNames)
    }

    /// A given name: usually a common one, one in four from the long tail.
    static func japaneseGiven(_ random: inout FixtureRandom) -> JapaneseName {
        random.chance(0.25) ? ComposedNames.given(&random) : random.pickSkewed(japaneseGivenNames)
    }

    /// A spelling of a Hepburn name with spelled-out long vowels as customers type it: `Satou`,
    /// `Sato`, `Satoh` or `Satō` (and `Yuuko`, `Yuko`, `Yūko`).
    static func romajiVariant(_ romaji: String, choice: Int) -> String {
        switch choice % 4 {
        case 0: return romaji
        case 1: return replacingLongVowels(romaji, ou: "o", uu: "u")
        case 2: return replacingLongVowels(romaji, ou: "oh", uu: "u")
        default: return replacingLongVowels(romaji, ou: "ō", uu: "ū")
        }
    }

    private static func replacingLongVowels(_ text: String, ou: String, uu: String) -> String {
        var result = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first {
            let second = scalars.dropFirst().first
            if (first == "o" || first == "O") && second == "u" && !(scalars.dropFirst(2).first.map(isVowel) ?? false) {
                result += first == "O" ? ou.capitalizedFirst : ou
                scalars = scalars.dropFirst(2)
            } else if (first == "u" || first == "U") && second == "u" {
                result += first == "U" ? uu.capitalizedFirst : uu
                scalars = scalars.dropFirst(2)
            } else {
                result.unicodeScalars.append(first)
                scalars = scalars.dropFirst()
            }
        }
        return result
    }

    private static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        "aeiou".unicodeScalars.contains(scalar)
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
