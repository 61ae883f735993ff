/// Full-width forms, as Japanese input methods produce them: `ｔａｎａｋａ`, `０９０－１２３４`.
enum FullWidth {
    /// Every printable ASCII character (U+0021…U+007E) as its full-width form (U+FF01…U+FF5E),
    /// the space as the ideographic space U+3000; anything else unchanged.
    static func ascii(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x21...0x7E: result.append(Unicode.Scalar(scalar.value - 0x21 + 0xFF01)!)
            case 0x20: result.append("\u{3000}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
