/// The long tail of Japanese names: two-kanji names composed from common name kanji, with the
/// reading and romaji composed alongside (`山` + `崎` → 山崎, ヤマサキ, Yamasaki).
///
/// Real bases hold thousands of distinct names, most of them rare; the few dozen in
/// ``NameLexicon`` alone would make per-distinct-name work (ICU, the reading lexicon) look
/// cheaper than it is and name blocks larger. Readings skip the sound changes of real names
/// (rendaku): that matters to nobody's performance.
enum ComposedNames {
    static let familyPieces: [JapaneseName] = [
        .init("山", "ヤマ", "Yama"), .init("田", "タ", "Ta"), .init("中", "ナカ", "Naka"), .init("川", "カワ", "Kawa"),
        .init("木", "キ", "Ki"), .init("村", "ムラ", "Mura"), .init("井", "イ", "I"), .init("藤", "フジ", "Fuji"),
        .init("本", "モト", "Moto"), .init("野", "ノ", "No"), .init("原", "ハラ", "Hara"), .init("上", "ウエ", "Ue"),
        .init("下", "シタ", "Shita"), .init("大", "オオ", "Oo"), .init("小", "コ", "Ko"), .init("高", "タカ", "Taka"),
        .init("松", "マツ", "Matsu"), .init("石", "イシ", "Ishi"), .init("森", "モリ", "Mori"), .init("林", "ハヤシ", "Hayashi"),
        .init("池", "イケ", "Ike"), .init("岡", "オカ", "Oka"), .init("島", "シマ", "Shima"), .init("崎", "サキ", "Saki"),
        .init("橋", "ハシ", "Hashi"), .init("谷", "タニ", "Tani"), .init("沢", "サワ", "Sawa"), .init("北", "キタ", "Kita"),
        .init("西", "ニシ", "Nishi"), .init("東", "ヒガシ", "Higashi"), .init("宮", "ミヤ", "Miya"), .init("内", "ウチ", "Uchi"),
        .init("吉", "ヨシ", "Yoshi"), .init("長", "ナガ", "Naga"), .init("坂", "サカ", "Saka"), .init("福", "フク", "Fuku"),
        .init("桜", "サクラ", "Sakura"), .init("浜", "ハマ", "Hama"), .init("岩", "イワ", "Iwa"), .init("竹", "タケ", "Take"),
    ]

    static let givenPieces: [JapaneseName] = [
        .init("翔", "ショウ", "Shou"), .init("太", "タ", "Ta"), .init("大", "ダイ", "Dai"), .init("健", "ケン", "Ken"),
        .init("美", "ミ", "Mi"), .init("咲", "サキ", "Saki"), .init("拓", "タク", "Taku"), .init("裕", "ユウ", "Yuu"),
        .init("子", "コ", "Ko"), .init("真", "マ", "Ma"), .init("由", "ユ", "Yu"), .init("和", "カズ", "Kazu"),
        .init("智", "トモ", "Tomo"), .init("直", "ナオ", "Nao"), .init("樹", "キ", "Ki"), .init("陽", "ヨウ", "You"),
        .init("菜", "ナ", "Na"), .init("結", "ユイ", "Yui"), .init("優", "ユウ", "Yuu"), .init("斗", "ト", "To"),
        .init("恵", "ケイ", "Kei"), .init("一", "イチ", "Ichi"), .init("郎", "ロウ", "Rou"), .init("花", "ハナ", "Hana"),
        .init("奈", "ナ", "Na"), .init("彩", "アヤ", "Aya"), .init("千", "チ", "Chi"), .init("春", "ハル", "Haru"),
        .init("秀", "ヒデ", "Hide"), .init("明", "アキ", "Aki"),
    ]

    /// A rare family name.
    static func family(_ random: inout FixtureRandom) -> JapaneseName {
        compose(random.pick(familyPieces), random.pick(familyPieces))
    }

    /// A rare given name.
    static func given(_ random: inout FixtureRandom) -> JapaneseName {
        compose(random.pick(givenPieces), random.pick(givenPieces))
    }

    private static func compose(_ a: JapaneseName, _ b: JapaneseName) -> JapaneseName {
        JapaneseName(a.written + b.written, a.kana + b.kana, a.romaji + b.romaji.lowercased())
    }
}
