/// One-character slips of the kind staff and customers make when typing a name.
enum Typos {
    /// A Latin-script slip: a neighbouring key, two letters swapped, a letter dropped or doubled.
    /// The first letter is left alone (people rarely get it wrong). Returns `false` if the name is
    /// too short to change.
    @discardableResult
    static func latin(_ s: inout [Unicode.Scalar], _ rng: inout SeededRandom) -> Bool {
        let letters = s.indices.filter { i in i > 0 && s[i].properties.isAlphabetic }
        guard letters.count >= 2 else { return false }
        let i = letters[rng.below(letters.count)]
        switch rng.below(20) {
        case 0..<7:
            let lower = Character(s[i]).lowercased().unicodeScalars.first ?? s[i]
            guard let options = keyboardNeighbours[lower], !options.isEmpty else { s.remove(at: i); return true }
            let replacement = options[rng.below(options.count)]
            let isUpper = s[i].properties.isUppercase
            s[i] = isUpper ? (Character(replacement).uppercased().unicodeScalars.first ?? replacement) : replacement
        case 7..<12:
            if i + 1 < s.count, s[i + 1].properties.isAlphabetic {
                s.swapAt(i, i + 1)
            } else {
                s.swapAt(i - 1, i)
            }
        case 12..<17:
            s.remove(at: i)
        default:
            s.insert(s[i], at: i)
        }
        return true
    }

    /// A Japanese slip in a kanji name: a variant or confusable kanji. Returns `false` when the
    /// name holds no kanji with a known confusable.
    @discardableResult
    static func kanji(_ s: inout [Unicode.Scalar], _ rng: inout SeededRandom) -> Bool {
        let candidates = s.indices.filter { ConfusableKanji.table[s[$0]] != nil }
        guard !candidates.isEmpty else { return false }
        let i = candidates[rng.below(candidates.count)]
        let options = ConfusableKanji.table[s[i]]!
        s[i] = options[rng.below(options.count)]
        return true
    }

    /// A slip in a katakana or hiragana name: a long vowel written as ー (ユウコ → ユーコ), a
    /// voiced mark lost, ヅ/ズ or ヂ/ジ swapped, or one kana dropped. Returns `false` for text that
    /// is not all kana.
    @discardableResult
    static func kana(_ s: inout [Unicode.Scalar], _ rng: inout SeededRandom) -> Bool {
        guard s.count >= 2, s.allSatisfy({ (0x3041...0x30FF).contains($0.value) }) else { return false }
        let hiragana = s.contains { (0x3041...0x3096).contains($0.value) }
        var k = hiragana ? s.map(toKatakana) : s
        let longVowels = k.indices.filter { $0 > 0 && k[$0] == "ウ" }
        let voicedAt = k.indices.filter { KanaForms.voiced[k[$0]] != nil }
        let roll = rng.below(10)
        if roll < 4, let i = longVowels.isEmpty ? nil : longVowels[rng.below(longVowels.count)] {
            k[i] = "ー"
        } else if roll < 7, !voicedAt.isEmpty {
            let i = voicedAt[rng.below(voicedAt.count)]
            switch k[i] {
            case "ヅ": k[i] = "ズ"
            case "ヂ": k[i] = "ジ"
            case "ズ": k[i] = "ヅ"
            case "ジ": k[i] = "ヂ"
            default: k[i] = KanaForms.voiced[k[i]]!
            }
        } else if k.count >= 3 {
            k.remove(at: 1 + rng.below(k.count - 1))
        } else {
            return false
        }
        s = hiragana ? KanaForms.hiragana(k) : k
        return true
    }

    private static func toKatakana(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (0x3041...0x3096).contains(s.value) ? Unicode.Scalar(s.value + 0x60)! : s
    }

    private static let keyboardNeighbours: [Unicode.Scalar: [Unicode.Scalar]] = {
        let rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"].map { Array($0.unicodeScalars) }
        var table: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        for (r, row) in rows.enumerated() {
            for (c, key) in row.enumerated() {
                var near: [Unicode.Scalar] = []
                if c > 0 { near.append(row[c - 1]) }
                if c + 1 < row.count { near.append(row[c + 1]) }
                for other in [r - 1, r + 1] where rows.indices.contains(other) {
                    let o = rows[other]
                    for d in [c - 1, c, c + 1] where o.indices.contains(d) { near.append(o[d]) }
                }
                table[key] = near
            }
        }
        return table
    }()
}
