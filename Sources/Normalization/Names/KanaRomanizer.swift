/// Hepburn romanization of hiragana and katakana, without ICU.
///
/// Readings (furigana) are the bulk of the non-ASCII strings in a Japanese customer base; doing
/// them here keeps them off ICU's process-wide lock and lets them run on all cores. The output
/// is plain Hepburn (`しんいち` → `shinichi`, `まっちゃ` → `matcha`, `タロー` → `taro`); the
/// variant folding in ``RomajiFolding`` then makes it meet typed romaji. `ー` is dropped, as ICU's
/// `Latin-ASCII` drops the macron it would produce.
enum KanaRomanizer {
    /// Romanizes `text`, or returns nil when it holds anything but kana and `ー`.
    static func romanize(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var lastSyllable = 0..<0   // range in `out` of the last full syllable
        var pendingGemination = false

        func append(_ romaji: String) {
            if pendingGemination, let first = romaji.utf8.first, !isVowel(first) {
                // っち → tchi (Hepburn), otherwise double the consonant: っと → tto.
                out.append(romaji.utf8.starts(with: "ch".utf8) ? UInt8(ascii: "t") : first)
            }
            pendingGemination = false
            // The syllable starts after the doubled consonant, so that ゃ in っちゃ sees `chi`.
            let start = out.count
            out.append(contentsOf: romaji.utf8)
            lastSyllable = start..<out.count
        }

        for scalar in text.unicodeScalars {
            var v = scalar.value
            if v >= 0x30A1 && v <= 0x30F6 { v -= 0x60 }   // katakana → hiragana index
            switch v {
            case 0x3063:   // っ
                pendingGemination = true
            case 0x3083, 0x3085, 0x3087:   // ゃ ゅ ょ
                applySmallY(vowel: v == 0x3083 ? "a" : v == 0x3085 ? "u" : "o", to: &out, lastSyllable: &lastSyllable)
            case 0x3041, 0x3043, 0x3045, 0x3047, 0x3049:   // ぁ ぃ ぅ ぇ ぉ
                let vowel: UInt8 = [UInt8(ascii: "a"), UInt8(ascii: "i"), UInt8(ascii: "u"), UInt8(ascii: "e"),
                                    UInt8(ascii: "o")][Int(v - 0x3041) / 2]
                applySmallVowel(vowel, to: &out, lastSyllable: &lastSyllable)
            case 0x3042...0x3096:
                append(table[Int(v - 0x3041)])
            case 0x30F7...0x30FA:   // ヷ ヸ ヹ ヺ
                append(["va", "vi", "ve", "vo"][Int(v - 0x30F7)])
            case 0x30FC, 0x30FB:    // ー (long vowel) and ・ are dropped
                break
            case 0x309D, 0x309E, 0x30FD, 0x30FE:   // ゝ ゞ ヽ ヾ repeat the last syllable
                if !lastSyllable.isEmpty {
                    let previous = Array(out[lastSyllable])
                    let start = out.count
                    out.append(contentsOf: previous)
                    lastSyllable = start..<out.count
                }
            default:
                return nil
            }
        }
        return out
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "i") || byte == UInt8(ascii: "u")
            || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "o")
    }

    /// きゃ → kya, しゃ → sha, ちゃ → cha, じゃ → ja; a lone ゃ → ya.
    private static func applySmallY(vowel: String, to out: inout [UInt8], lastSyllable: inout Range<Int>) {
        let syllable = out[lastSyllable]
        if syllable.count >= 2, syllable.last == UInt8(ascii: "i") {
            out.removeLast()
            let stem = out[lastSyllable.lowerBound..<out.count]
            let palatal = stem.elementsEqual("sh".utf8) || stem.elementsEqual("ch".utf8) || stem.elementsEqual("j".utf8)
            if !palatal { out.append(UInt8(ascii: "y")) }
            out.append(contentsOf: vowel.utf8)
        } else {
            let start = out.count
            out.append(UInt8(ascii: "y"))
            out.append(contentsOf: vowel.utf8)
            lastSyllable = start..<out.count
        }
        lastSyllable = lastSyllable.lowerBound..<out.count
    }

    /// ティ → ti, ファ → fa, シェ → she, ウィ → wi, イェ → ye; a lone ァ → a.
    private static func applySmallVowel(_ vowel: UInt8, to out: inout [UInt8], lastSyllable: inout Range<Int>) {
        let syllable = out[lastSyllable]
        if syllable.count >= 2, let last = syllable.last, isVowel(last) {
            out.removeLast()
            out.append(vowel)
        } else if syllable.count == 1, let only = syllable.first {
            // ウィ → wi, イェ → ye: the bare vowel becomes a glide.
            out.removeLast()
            out.append(only == UInt8(ascii: "i") ? UInt8(ascii: "y") : UInt8(ascii: "w"))
            out.append(vowel)
        } else {
            let start = out.count
            out.append(vowel)
            lastSyllable = start..<out.count
            return
        }
        lastSyllable = lastSyllable.lowerBound..<out.count
    }

    /// Hepburn for U+3041 ぁ ... U+3096 ゖ (small kana are handled before this table is read).
    private static let table: [String] = [
        "a", "a", "i", "i", "u", "u", "e", "e", "o", "o",                     // ぁ-お
        "ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go",           // か-ご
        "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo",          // さ-ぞ
        "ta", "da", "chi", "ji", "tsu", "tsu", "zu", "te", "de", "to", "do",  // た-ど (っ unused)
        "na", "ni", "nu", "ne", "no",                                         // な-の
        "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu",                 // は-ぷ
        "he", "be", "pe", "ho", "bo", "po",                                   // へ-ぽ
        "ma", "mi", "mu", "me", "mo",                                         // ま-も
        "ya", "ya", "yu", "yu", "yo", "yo",                                   // ゃ-よ
        "ra", "ri", "ru", "re", "ro",                                         // ら-ろ
        "wa", "wa", "i", "e", "o", "n", "vu", "ka", "ke",                     // ゎ-ゖ
    ]
}
