/// A comparison key without ICU: full-width ASCII (`Ｖｉｐ`, U+FF01–U+FF5E) read as ASCII, the
/// ideographic space as a space, letters lower-cased; `keepingOnlyLettersAndDigits` drops the rest.
///
/// The fallback of ``ClusterMember`` when its caller gives no keys from the real normalizers
/// (NFKC case folding in `Normalization`), so the resolver needs no normalization tables.
enum PlainFold {
    /// Letters and digits only, folded.
    static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in folded(text).unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            out.append(scalar)
        }
        return String(out)
    }

    /// Folded text with runs of whitespace made one space and the ends trimmed.
    static func tag(_ text: String) -> String {
        folded(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func folded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: out.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: out.append(" ")
            default: out.append(scalar)
            }
        }
        return String(out).lowercased()
    }
}
