import Testing
@testable import Normalization

/// One person's name written several ways must give one key.
@Suite("NameNormalizer.romajiKey")
struct RomajiKeyTests {
    let names = NameNormalizer()

    func key(_ raw: String) -> String {
        names.romajiKey(names.clean(raw))
    }

    @Test("spellings of one name share a key", arguments: [
        (["タナカ タロウ", "たなか たろう", "Tanaka Tarou", "TANAKA Taro", "ﾀﾅｶ ﾀﾛｳ", "ｔａｎａｋａ　ｔａｒｏ"], "tanakataro"),
        (["Tarō", "Taroh", "Tarou", "Taroo", "Taro", "タロー", "たろう"], "taro"),
        (["Shinji", "Sinzi", "しんじ", "シンジ"], "sinzi"),
        (["Chiaki", "Tiaki", "ちあき"], "tiaki"),
        (["Tsuyoshi", "Tuyosi", "つよし"], "tuyosi"),
        (["Fujita", "Huzita", "ふじた"], "huzita"),
        (["Honma", "Homma", "ほんま"], "honma"),
        (["Kenichi", "Ken'ichi", "けんいち", "Ken-ichi"], "keniti"),
        (["Satou", "Satoh", "Sato", "Satō", "さとう"], "sato"),
        (["Ohno", "Oono", "Ōno", "Ono", "おおの"], "ono"),
        (["Yuuki", "Yuki", "Yūki", "ゆうき"], "yuki"),
        (["Shouhei", "Shohei", "Syohei", "しょうへい"], "syohei"),
        (["Jun", "Zyun", "Jyun", "じゅん"], "zyun"),
        (["Ryouko", "Ryoko", "りょうこ"], "ryoko"),
        (["Tsuzuki", "Tsudzuki", "Tuduki", "つづき"], "tuzuki"),
        (["Hattori", "はっとり"], "hattori"),
        (["Matcha", "まっちゃ"], "mattya"),
        (["Shuuhei", "Shuhei", "しゅうへい"], "syuhei"),
        (["Sanpei", "Sampei", "さんぺい"], "sanpei"),
    ])
    func variants(spellings: [String], expected: String) {
        for spelling in spellings {
            #expect(key(spelling) == expected, "\(spelling)")
        }
    }

    @Test("vowels that are separate syllables are kept", arguments: [
        ("Inoue", "inoue"),
        ("いのうえ", "inoue"),
        ("Koike", "koike"),
        ("Keiko", "keiko"),
        ("Iida", "iida"),          // 飯田 is not 井田 (Ida)
        ("Shinnosuke", "sinnosuke"),
        ("しんのすけ", "sinnosuke"),
    ])
    func separateVowels(raw: String, expected: String) {
        #expect(key(raw) == expected)
    }

    @Test("other scripts are transliterated and accents stripped", arguments: [
        ("José", "zyose"),
        ("Müller", "muller"),
        ("François", "francois"),
        ("Иванов", "ivanov"),
        ("김민수", "ginminsu"),
        ("Ørsted", "orsted"),
    ])
    func otherScripts(raw: String, expected: String) {
        #expect(key(raw) == expected)
    }

    @Test("Latin names pass through the same folds on both sides")
    func latinNames() {
        #expect(key("John") == key("Jon"))
        #expect(key("Smith") == "smith")
        #expect(key("O'Brien") == "obrien")
        #expect(key("Michael") != key("Mitchell"))
    }

    @Test("kanji fall back to ICU pinyin: consistent between kanji spellings only")
    func kanjiFallback() {
        #expect(key("田中") == "tianzhong")
        #expect(key("髙橋") == key("高橋"))
        #expect(key("田中") != key("タナカ"))
    }

    @Test("kana with small vowels, long marks and iteration marks", arguments: [
        ("ティナ", "tina"),
        ("ウィリアム", "wiriamu"),
        ("シェリー", "syeri"),
        ("ジェームズ", "zyemuzu"),
        ("ファン", "fan"),
        ("ヴァイオリン", "vaiorin"),
        ("みすゞ", "misusu"),
    ])
    func kanaDetails(raw: String, expected: String) {
        #expect(key(raw) == expected)
    }

    @Test("empty input gives an empty key")
    func emptyKey() {
        #expect(names.romajiKey("") == "")
        #expect(RomajiFolding.fold("'- ") == "")
    }

    @Test("only non-ASCII, non-kana names need ICU", arguments: [
        ("tanaka", false), ("タナカ", false), ("", false), ("田中", true), ("josé", true), ("김민수", true),
    ])
    func transliterationNeed(text: String, needsICU: Bool) {
        #expect(names.needsTransliteration(text) == needsICU)
    }
}
