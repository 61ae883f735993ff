import Testing
@testable import Normalization

@Suite("NameNormalizer.clean")
struct NameCleaningTests {
    let names = NameNormalizer()

    @Test("full-width, half-width and case are folded", arguments: [
        ("ｔａｎａｋａ", "tanaka"),
        ("ＴＡＮＡＫＡ", "tanaka"),
        ("TANAKA", "tanaka"),
        ("ﾀﾅｶ", "タナカ"),
        ("Straße", "strasse"),
        ("MÜLLER", "müller"),
    ])
    func widthAndCase(raw: String, cleaned: String) {
        #expect(names.clean(raw) == cleaned)
    }

    @Test("spaces of every kind are removed", arguments: [
        ("田中　太郎", "田中太郎"),          // U+3000
        ("  Tanaka   Taro ", "tanakataro"),
        ("タナカ\tタロウ", "タナカタロウ"),
        ("John\u{00A0}Smith", "johnsmith"),   // no-break space
    ])
    func spaces(raw: String, cleaned: String) {
        #expect(names.clean(raw) == cleaned)
    }

    @Test("Japanese honorifics are removed as a word or a suffix", arguments: [
        ("田中様", "田中"),
        ("田中 様", "田中"),
        ("田中　様", "田中"),
        ("たなかさま", "たなか"),
        ("田中さん", "田中"),
        ("山田殿", "山田"),
        ("鈴木氏", "鈴木"),
        ("テーブルチェック御中", "テーブルチェック"),
        ("けんたくん", "けんた"),
        ("ゆいちゃん", "ゆい"),
        ("タナカサマ", "タナカ"),
    ])
    func japaneseHonorifics(raw: String, cleaned: String) {
        #expect(names.clean(raw) == cleaned)
    }

    @Test("names that merely end like an honorific keep it", arguments: [
        ("ジョナサン", "ジョナサン"),   // サン is not stripped
        ("チャン", "チャン"),           // 陳 in katakana
        ("Hassan", "hassan"),
        ("Chan", "chan"),             // a surname, not -chan
        ("Tai Man Chan", "taimanchan"),
        ("Sam", "sam"),
    ])
    func lookalikes(raw: String, cleaned: String) {
        #expect(names.clean(raw) == cleaned)
    }

    @Test("leading titles and hyphenated romaji honorifics are removed", arguments: [
        ("Mr. John Smith", "johnsmith"),
        ("Mr.Smith", "smith"),
        ("MRS. SMITH", "smith"),
        ("Mr & Mrs Smith", "smith"),
        ("Dr. Tanaka", "tanaka"),
        ("Mme Dupont", "dupont"),
        ("Herr Müller", "müller"),
        ("Smith-san", "smith"),
        ("Tanaka-sama", "tanaka"),
        ("ｍｒ．ｔａｎａｋａ", "tanaka"),
    ])
    func titles(raw: String, cleaned: String) {
        #expect(names.clean(raw) == cleaned)
    }

    @Test("punctuation goes, letters of every script stay", arguments: [
        ("O'Brien", "obrien"),
        ("Smith-Jones", "smithjones"),
        ("ジョン・スミス", "ジョンスミス"),
        ("José", "josé"),
        ("Иванов", "иванов"),
        ("김민수", "김민수"),
        ("佐々木", "佐々木"),
        ("田中ゆみ", "田中ゆみ"),
        ("ภูมิ", "ภูมิ"),            // Thai: combining vowel marks are kept
    ])
    func punctuation(raw: String, cleaned: String) {
        #expect(names.clean(raw) == cleaned)
    }

    @Test("empty, blank and punctuation-only names clean to empty", arguments: ["", "   ", "　", ".", "-", "様", "Mr."])
    func empty(raw: String) {
        #expect(names.clean(raw) == "")
    }
}

@Suite("NameNormalizer.isPlaceholder")
struct NamePlaceholderTests {
    let names = NameNormalizer()

    @Test("what staff type for an unknown guest is a placeholder", arguments: [
        "ゲスト", "Guest", "GUEST", "ゲスト様", "Walk-in", "walk in", "WALKIN", "ｗａｌｋ－ｉｎ", "未設定", "不明", "なし",
        "名無し", "お客様", "unknown", "N/A", "n/a", "none", "test", "テスト", "customer", "No Name", ".", "-", "x", "xxx",
        "?", "様", "ゲスト２", "guest 12", "0312345678", "12345", "aaa", "あああ",
    ])
    func placeholders(raw: String) {
        #expect(names.isPlaceholder(raw))
    }

    @Test("real names, initials and blanks are not placeholders", arguments: [
        "田中", "タナカ", "Tanaka", "J", "一", "Na", "NA", "Nana", "Testa", "Guesto", "Xu", "Ng", "", "   ",
    ])
    func realNames(raw: String) {
        #expect(!names.isPlaceholder(raw))
    }

    @Test("a field far longer than any name is a placeholder and cleans to empty")
    func absurdlyLong() {
        let huge = String(repeating: "田中", count: 1_000_000)
        #expect(names.isPlaceholder(huge))
        #expect(names.clean(huge) == "")
    }

    @Test("custom placeholder lists replace the defaults")
    func customList() {
        let custom = NameNormalizer(options: NameNormalizationOptions(placeholderNames: ["walk-in"]))
        #expect(custom.isPlaceholder("Walk-In"))
        #expect(!custom.isPlaceholder("ゲスト"))
    }
}

@Suite("NameScript")
struct NameScriptTests {
    @Test("cleaned names are classified by script", arguments: [
        ("", NameScript.empty),
        ("tanaka", .latin),
        ("josé", .latin),
        ("たなか", .kana),
        ("タナカー", .kana),
        ("田中", .han),
        ("田中ゆみ", .han),
        ("佐々木", .han),
        ("김민수", .other),
        ("иванов", .other),
        ("タナカtaro", .other),
    ])
    func scripts(text: String, script: NameScript) {
        #expect(NameScript(of: text) == script)
    }
}
