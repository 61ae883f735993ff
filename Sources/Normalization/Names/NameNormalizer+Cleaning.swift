extension NameNormalizer {
    /// The name reduced to its letters: NFKC (full-width → ASCII, half-width kana → full-width),
    /// case-folded, honorifics and leading titles removed, spaces (U+3000 included) and
    /// punctuation removed, letters of every script kept.
    ///
    /// | raw | cleaned |
    /// |---|---|
    /// | `ｔａｎａｋａ` | `tanaka` |
    /// | `田中　太郎` | `田中太郎` |
    /// | `田中様`, `田中 様` | `田中` |
    /// | `Mr. John Smith` | `johnsmith` |
    /// | `Smith-san` | `smith` |
    /// | `O'Brien` | `obrien` |
    /// | `ﾀﾅｶ` | `タナカ` |
    ///
    /// Returns "" for an empty or blank name, or one made only of honorifics and punctuation.
    public func clean(_ raw: String) -> String {
        if raw.utf8.count > Self.maximumNameBytes { return "" }
        return Self.cleanPieces(UnicodeFolding.nfkcCasefold(raw), honorificWords: honorificWords,
                         honorificSuffixes: honorificSuffixes, titles: titles, romajiHonorifics: romajiHonorifics)
    }

    /// Longer fields are not names (a pasted document, a corrupted export): they clean to ""
    /// and count as placeholders, without spending time on them.
    static let maximumNameBytes = 1_024

    /// One word of a name, and whether a hyphen joined it to the previous word.
    struct Piece {
        var text: String
        var afterHyphen: Bool
    }

    static func cleanPieces(
        _ folded: String, honorificWords: Set<String>, honorificSuffixes: [String], titles: Set<String>,
        romajiHonorifics: Set<String>
    ) -> String {
        var pieces = split(folded)
        while let first = pieces.first, titles.contains(first.text) {
            pieces.removeFirst()
        }
        var result = ""
        for (index, piece) in pieces.enumerated() {
            if honorificWords.contains(piece.text) { continue }
            if index > 0, piece.afterHyphen, romajiHonorifics.contains(piece.text) { continue }
            var text = piece.text
            for suffix in honorificSuffixes where text.hasSuffix(suffix) && text.count > suffix.count {
                text.removeLast(suffix.count)
                break
            }
            result += text
        }
        return result
    }

    /// Splits folded text at every scalar that is not part of a name.
    static func split(_ folded: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = String.UnicodeScalarView()
        var sawHyphen = false
        func flush() {
            if !current.isEmpty {
                pieces.append(Piece(text: String(current), afterHyphen: sawHyphen))
                current = String.UnicodeScalarView()
                sawHyphen = false
            }
        }
        for scalar in folded.unicodeScalars {
            if isNameScalar(scalar) {
                current.append(scalar)
            } else {
                flush()
                if isHyphen(scalar) { sawHyphen = true }
            }
        }
        flush()
        return pieces
    }

    /// The folded form of a word list entry: what a single piece of a name would look like.
    static func pieceForm(_ entry: String) -> String {
        split(UnicodeFolding.nfkcCasefold(entry)).map(\.text).joined()
    }

    /// Letters of every script, digits, and combining marks are part of a name.
    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2010...0x2015, 0x2212, 0xFE63, 0xFF0D: return true
        default: return false
        }
    }

    static func hasPunctuation(_ entry: String) -> Bool {
        entry.unicodeScalars.contains { !isNameScalar($0) && !$0.properties.isWhitespace }
    }
}
