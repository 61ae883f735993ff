/// Other ways of writing a katakana reading: hiragana (ふりがな typed by hand) and half-width
/// katakana (ﾀﾅｶ, from old point-of-sale systems), where voiced kana take a separate ﾞ / ﾟ mark.
enum KanaForms {
    /// Hiragana for katakana; the long-vowel mark ー and anything else stay as they are.
    static func hiragana(_ katakana: [Unicode.Scalar]) -> [Unicode.Scalar] {
        katakana.map { s in
            (0x30A1...0x30F6).contains(s.value) ? Unicode.Scalar(s.value - 0x60)! : s
        }
    }

    /// Half-width katakana for full-width katakana.
    static func halfWidth(_ katakana: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(katakana.count + 2)
        for s in katakana {
            if let plain = halfTable[s] {
                out.append(plain)
            } else if let base = voiced[s], let plain = halfTable[base] {
                out.append(plain)
                out.append("\u{FF9E}")
            } else if let base = semiVoiced[s], let plain = halfTable[base] {
                out.append(plain)
                out.append("\u{FF9F}")
            } else {
                out.append(s)
            }
        }
        return out
    }

    private static let halfTable: [Unicode.Scalar: Unicode.Scalar] = {
        let full = Array("ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン".unicodeScalars)
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (i, s) in full.enumerated() { table[s] = Unicode.Scalar(0xFF66 + UInt32(i))! }
        return table
    }()

    /// Voiced kana and their unvoiced base (ガ → カ).
    static let voiced: [Unicode.Scalar: Unicode.Scalar] = pairs("ガカギキグクゲケゴコザサジシズスゼセゾソダタヂチヅツデテドトバハビヒブフベヘボホヴウ")
    /// Semi-voiced kana and their base (パ → ハ).
    static let semiVoiced: [Unicode.Scalar: Unicode.Scalar] = pairs("パハピヒプフペヘポホ")

    private static func pairs(_ text: String) -> [Unicode.Scalar: Unicode.Scalar] {
        let s = Array(text.unicodeScalars)
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        var i = 0
        while i + 1 < s.count {
            table[s[i]] = s[i + 1]
            i += 2
        }
        return table
    }
}
