/// Folds the many ways of writing one Japanese name in Latin letters to a single key.
///
/// The same person appears as `Tarō`, `Tarou`, `Taroh`, `Taroo` and `Taro`; as `Shinji` and
/// `Sinzi`; as `Honma` and `Homma`. Every Latin key (typed romaji, romanized kana, ICU output
/// for other scripts) goes through the same fold, so both sides of a comparison change alike.
/// The key spells Kunrei-like consonants and short vowels:
///
/// | written | key | why |
/// |---|---|---|
/// | shi, si | si | Hepburn / Kunrei |
/// | sha, sya (shu, sho) | sya (syu, syo) | |
/// | chi, ti | ti | |
/// | cha, tya, cya (chu, cho) | tya (tyu, tyo) | |
/// | tsu, tu | tu | |
/// | fu, hu | hu | |
/// | ji, zi, di, dji | zi | じ and ぢ |
/// | ja, jya, zya, dya | zya | |
/// | du, dzu, zu | zu | ず and づ |
/// | tch, cch | tt | っち: `matcha` → `mattya` |
/// | m before b, m, p | n | `Homma` → `honma` |
/// | nn before a consonant or at the end | n | IME spelling `Kenn` |
/// | ou, oo, uu at the end of a vowel run before a consonant or the end | o, u | long vowels: `Satou`, `Oono`, `Yuuki` |
/// | oh, uh before a consonant or the end | o, u | passport spelling `Satoh`, `Ohno` |
///
/// Vowel runs are folded only before a consonant or the end, so `Inoue` (い-の-う-え) keeps its
/// `oue`. Latin names pass through the same rules (`John` → `jon`, `Michael` → `mityael`): the
/// key is for comparing, never for display, and the rules merge few distinct Latin names.
/// Everything but `a`–`z` and `0`–`9` is dropped (ICU's `n'i` apostrophe, spaces, hyphens).
public enum RomajiFolding {
    /// The folded key of `text` (any ASCII; upper case is lowered, other bytes are dropped).
    public static func fold(_ text: String) -> String {
        fold(bytes: Array(text.utf8))
    }

    /// The folded key of ASCII bytes.
    /// - Complexity: O(n).
    static func fold(bytes input: [UInt8]) -> String {
        var letters: [UInt8] = []
        letters.reserveCapacity(input.count)
        for byte in input {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): letters.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters.append(byte | 0x20)
            default: break
            }
        }
        return String(decoding: foldLongVowels(foldConsonants(letters)), as: UTF8.self)
    }

    // MARK: - Consonants

    private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i")
    private static let o = UInt8(ascii: "o"), u = UInt8(ascii: "u"), y = UInt8(ascii: "y")

    static func isVowel(_ byte: UInt8) -> Bool {
        byte == a || byte == i || byte == u || byte == e || byte == o
    }

    /// A letter that starts a new syllable: not a vowel, not `y`, not a digit.
    private static func isConsonant(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= a && byte <= UInt8(ascii: "z") && !isVowel(byte) && byte != y
    }

    private static func foldConsonants(_ s: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count + 4)
        let n = s.count
        var k = 0
        func at(_ index: Int) -> UInt8? { index < n ? s[index] : nil }
        while k < n {
            let c = s[k], next = at(k + 1), next2 = at(k + 2)
            switch c {
            case UInt8(ascii: "t") where next == UInt8(ascii: "c") && next2 == UInt8(ascii: "h"),
                 UInt8(ascii: "c") where next == UInt8(ascii: "c") && next2 == UInt8(ascii: "h"):
                out.append(UInt8(ascii: "t")); k += 1           // tch / cch → t + ch...
            case UInt8(ascii: "c") where next == UInt8(ascii: "h"):
                k += emitPalatal(stem: UInt8(ascii: "t"), after: next2, fallback: [c, UInt8(ascii: "h")], into: &out)
            case UInt8(ascii: "c") where next == y && next2.map(isVowel) == true:
                out.append(contentsOf: [UInt8(ascii: "t"), y]); k += 2   // cya → tya
            case UInt8(ascii: "s") where next == UInt8(ascii: "h"):
                k += emitPalatal(stem: UInt8(ascii: "s"), after: next2, fallback: [c, UInt8(ascii: "h")], into: &out)
            case UInt8(ascii: "t") where next == UInt8(ascii: "s") && next2 == u:
                out.append(contentsOf: [UInt8(ascii: "t"), u]); k += 3   // tsu → tu
            case UInt8(ascii: "f") where next == u:
                out.append(contentsOf: [UInt8(ascii: "h"), u]); k += 2   // fu → hu
            case UInt8(ascii: "d") where next == UInt8(ascii: "z") || next == UInt8(ascii: "j"):
                k += 1                                                   // dzu → zu, dji → ji
            case UInt8(ascii: "d") where next == i:
                out.append(contentsOf: [UInt8(ascii: "z"), i]); k += 2   // di → zi
            case UInt8(ascii: "d") where next == u:
                out.append(contentsOf: [UInt8(ascii: "z"), u]); k += 2   // du → zu
            case UInt8(ascii: "d") where next == y && next2.map(isVowel) == true:
                out.append(contentsOf: [UInt8(ascii: "z"), y]); k += 2   // dya → zya
            case UInt8(ascii: "j"):
                if next == i {
                    out.append(contentsOf: [UInt8(ascii: "z"), i]); k += 2                 // ji → zi
                } else if next == y, next2.map(isVowel) == true {
                    out.append(contentsOf: [UInt8(ascii: "z"), y]); k += 2                 // jya → zya
                } else if let next, isVowel(next) {
                    out.append(contentsOf: [UInt8(ascii: "z"), y]); k += 1                 // ja → zya
                } else {
                    out.append(c); k += 1
                }
            case UInt8(ascii: "m") where next == UInt8(ascii: "b") || next == UInt8(ascii: "m") || next == UInt8(ascii: "p"):
                out.append(UInt8(ascii: "n")); k += 1                    // Homma → honma
            case UInt8(ascii: "n") where next == UInt8(ascii: "n") && (next2 == nil || isConsonant(next2)):
                out.append(UInt8(ascii: "n")); k += 2                    // Kenn → ken
            default:
                out.append(c); k += 1
            }
        }
        return out
    }

    /// `shi` → `si`, `sha` → `sya` (and `chi` → `ti`, `cha` → `tya`); anything else unchanged.
    /// Returns how many input bytes were consumed.
    private static func emitPalatal(stem: UInt8, after vowel: UInt8?, fallback: [UInt8], into out: inout [UInt8]) -> Int {
        guard let vowel, isVowel(vowel) else {
            out.append(contentsOf: fallback)
            return 2
        }
        out.append(stem)
        if vowel == i {
            out.append(i)
            return 3
        }
        out.append(y)   // the vowel itself is emitted by the caller's next step
        return 2
    }

    // MARK: - Long vowels

    private static func foldLongVowels(_ s: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        let n = s.count
        var k = 0
        while k < n {
            let c = s[k]
            if isVowel(c) {
                var end = k
                while end < n && isVowel(s[end]) { end += 1 }
                var run = Array(s[k..<end])
                let following: UInt8? = end < n ? s[end] : nil
                if following == nil || isConsonant(following) {
                    while run.count >= 2, isLongPair(run[run.count - 2], run[run.count - 1]) {
                        run.removeLast()
                    }
                }
                out.append(contentsOf: run)
                k = end
            } else if c == UInt8(ascii: "h"), let previous = out.last, previous == o || previous == u,
                      k + 1 == n || isConsonant(s[k + 1]) {
                k += 1   // Satoh → sato, Ohno → ono
            } else {
                out.append(c)
                k += 1
            }
        }
        return out
    }

    private static func isLongPair(_ first: UInt8, _ second: UInt8) -> Bool {
        (first == o && (second == u || second == o)) || (first == u && second == u)
    }
}
