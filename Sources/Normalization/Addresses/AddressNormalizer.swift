/// Postal codes and street lines folded for comparison.
///
/// | raw | folded |
/// |---|---|
/// | `〒150-0001`, `１５０−０００１`, `150 0001` | `1500001` |
/// | `sw1a 1aa`, `SW1A-1AA` | `SW1A1AA` |
/// | `7 Wallaby Place`, `7 wallaby  place.`, `7wallabyplace` | `7wallabyplace` |
/// | `梅田１-１２-４`, `梅田1丁目12-4` | `梅田1124`, `梅田1丁目124` |
/// | words: `8 Allunga, Cockcroft Ave.` | `8 allunga cockcroft ave` |
///
/// Width, case, spaces and punctuation go: they are how people type an address differently,
/// not how addresses differ. The results are for comparing only; they are never written back.
public struct AddressNormalizer: Sendable {
    public init() {}

    /// Letters and digits of the postal code, upper case; "" when none is left.
    public func postalCode(_ raw: String) -> String {
        String(String.UnicodeScalarView(UnicodeFolding.nfkcCasefold(raw).unicodeScalars.filter(Self.isKept)))
            .uppercased()
    }

    /// Letters and digits of the street line, case-folded, without spaces.
    public func street(_ raw: String) -> String { TextNormalizer().fold(raw) }

    /// The street folded twice from one pass: without spaces (the comparison key, `street`)
    /// and as its words, one space apart (`7 wallaby place`, `8 allunga cockcroft avenue`),
    /// for comparisons that match words in any order (see `TokenSimilarity` in Matching).
    /// Any run of characters that are not letters or digits separates two words.
    public func streetForms(_ raw: String) -> (key: String, words: String) {
        var key = String.UnicodeScalarView(), words = String.UnicodeScalarView()
        var gap = false
        for s in UnicodeFolding.nfkcCasefold(raw).unicodeScalars {
            if Self.isKept(s) {
                if gap && !words.isEmpty { words.append(" ") }
                gap = false
                key.append(s)
                words.append(s)
            } else {
                gap = true
            }
        }
        return (String(key), String(words))
    }

    private static func isKept(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
