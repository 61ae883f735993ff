/// Katakana to romaji in four styles (see ``RomajiStyle``), lower case.
///
/// Long vowels are detected the way a person reads a name: ウ after an o- or u-sound and オ after
/// an o-sound lengthen the vowel (サトウ → Sato, オオタ → Ota), except ウ before エ, which is its own
/// syllable (イノウエ → Inoue).
enum Romaji {
    static func romanize(_ katakana: [Unicode.Scalar], style: RomajiStyle) -> String {
        let tokens = tokenize(katakana)
        var out = ""
        var doubleNext = false
        for (i, token) in tokens.enumerated() {
            let next = i + 1 < tokens.count ? tokens[i + 1] : ""
            switch token {
            case "Q":
                doubleNext = true
                continue
            case "N":
                let nextFirst = next.first
                if let c = nextFirst, "aiueoy".contains(c) {
                    out += (style == .wapuro || style == .macron) ? "n'" : "n"
                } else if let c = nextFirst, "bmp".contains(c), style == .passport {
                    out += "m"
                } else {
                    out += "n"
                }
                continue
            default:
                break
            }
            var piece = token
            if doubleNext {
                doubleNext = false
                if piece.hasPrefix("ch") { piece = "t" + piece } else if let c = piece.first { piece = String(c) + piece }
            }
            if let lengthened = lengthen(out: &out, token: piece, next: next, style: style) {
                out += lengthened
            } else {
                out += piece
            }
        }
        return out
    }

    /// For a vowel token that lengthens the previous vowel: what to write instead (possibly
    /// nothing), after adjusting `out` for macrons. `nil` when the token is not a long vowel.
    private static func lengthen(out: inout String, token: String, next: String, style: RomajiStyle) -> String? {
        guard let last = out.last, token == "u" || token == "o" || token == "-" else { return nil }
        let lengthensO = last == "o" && (token == "u" || token == "o" || token == "-")
        let lengthensU = last == "u" && (token == "u" || token == "-")
        guard lengthensO || lengthensU, !next.hasPrefix("e") else { return nil }
        switch style {
        case .wapuro:
            return token == "-" ? String(last) : token
        case .hepburn:
            return ""
        case .passport:
            return lengthensO ? "h" : ""
        case .macron:
            out.removeLast()
            out.append(lengthensO ? "ō" : "ū")
            return ""
        }
    }

    /// Splits katakana into syllable tokens; `Q` is ッ, `N` is ン, `-` is ー.
    private static func tokenize(_ katakana: [Unicode.Scalar]) -> [String] {
        var tokens: [String] = []
        for s in katakana {
            switch s {
            case "ッ": tokens.append("Q")
            case "ン": tokens.append("N")
            case "ー": tokens.append("-")
            case "ャ", "ュ", "ョ":
                let vowel = s == "ャ" ? "a" : (s == "ュ" ? "u" : "o")
                if var last = tokens.popLast(), last.hasSuffix("i") {
                    last.removeLast()
                    if last.hasSuffix("sh") || last.hasSuffix("ch") || last == "j" {
                        tokens.append(last + vowel)
                    } else {
                        tokens.append(last + "y" + vowel)
                    }
                } else {
                    tokens.append("y" + vowel)
                }
            default:
                tokens.append(syllables[s] ?? "")
            }
        }
        return tokens
    }

    private static let syllables: [Unicode.Scalar: String] = {
        let kana = Array("アイウエオカキクケコガギグゲゴサシスセソザジズゼゾタチツテトダヂヅデドナニヌネノハヒフヘホバビブベボパピプペポマミムメモヤユヨラリルレロワヲヴァィゥェォ".unicodeScalars)
        let roma = """
        a i u e o ka ki ku ke ko ga gi gu ge go sa shi su se so za ji zu ze zo ta chi tsu te to \
        da ji zu de do na ni nu ne no ha hi fu he ho ba bi bu be bo pa pi pu pe po ma mi mu me mo \
        ya yu yo ra ri ru re ro wa o vu a i u e o
        """.split(separator: " ").map(String.init)
        precondition(kana.count == roma.count, "romaji table out of step")
        var table: [Unicode.Scalar: String] = [:]
        for (k, r) in zip(kana, roma) { table[k] = r }
        return table
    }()
}
