/// Free text folded for comparison: letters and digits only, NFKC and case-folded.
///
/// The fold of street lines, and of any other text field a rules file maps (a city): width,
/// case, spaces and punctuation are how people type a value differently, not how values differ.
public struct TextNormalizer: Sendable {
    public init() {}

    public func fold(_ raw: String) -> String {
        String(String.UnicodeScalarView(UnicodeFolding.nfkcCasefold(raw).unicodeScalars.filter(Self.isKept)))
    }

    private static func isKept(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
