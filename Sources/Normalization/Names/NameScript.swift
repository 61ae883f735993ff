/// The writing system of a cleaned name, which decides how its romaji key is made.
public enum NameScript: Sendable, Hashable {
    /// Nothing left after cleaning.
    case empty
    /// Latin letters (ASCII or accented) and digits: `tanaka`, `josé`.
    case latin
    /// Only hiragana and katakana (with `ー`): `たなか`, `タナカ`. Romanized without ICU.
    case kana
    /// Contains kanji, possibly mixed with kana (`田中`, `田中ゆみ`, `佐々木`): needs a reading.
    case han
    /// Any other script or a mix (Hangul, Cyrillic, Thai, kana with Latin, ...): ICU `Any-Latin`.
    case other

    /// Classifies `text` by its scalars.
    /// - Complexity: O(n) in the number of scalars.
    public init(of text: String) {
        var sawKana = false
        var sawLatin = false
        var sawOther = false
        var sawAnything = false
        for scalar in text.unicodeScalars {
            sawAnything = true
            switch ScalarClass.of(scalar) {
            case .han: self = .han; return
            case .kana: sawKana = true
            case .latin: sawLatin = true
            case .digit: break
            case .other: sawOther = true
            }
        }
        if !sawAnything { self = .empty }
        else if sawOther || (sawKana && sawLatin) { self = .other }
        else if sawKana { self = .kana }
        else { self = .latin }
    }
}

/// Coarse scalar classes used by ``NameScript`` and the kana romanizer.
enum ScalarClass {
    case han, kana, latin, digit, other

    static func of(_ scalar: Unicode.Scalar) -> ScalarClass {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x30 && v <= 0x39 { return .digit }
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) ? .latin : .other
        }
        switch v {
        case 0x00C0...0x024F, 0x1E00...0x1EFF, 0x0300...0x036F: return .latin
        case 0x3041...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return .kana
        case 0x3005...0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
            return .han
        default: return .other
        }
    }

    /// True when every byte of `text` is ASCII.
    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }
}
