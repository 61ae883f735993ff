/// Text made safe to show on a terminal: control characters written out as `\uXXXX`.
///
/// Customer data reaches the screen in ids, names and messages. A terminal obeys the control
/// characters in what it shows: an id holding `ESC ] 0 ; PWNED BEL ESC [ 2 J` retitled and
/// cleared the terminal of whoever ran `decide`. Every line the tool prints goes through
/// ``escaped(_:keepingLineBreaks:)``, which replaces
/// - C0 controls (U+0000–U+001F) and DEL (U+007F): escape sequences, carriage return, backspace;
/// - C1 controls (U+0080–U+009F): U+009B is a one-character escape sequence on some terminals;
/// - bidirectional controls (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), which make
///   text read in another order than it is stored ("Trojan Source").
///
/// The `\uXXXX` form is also what JSON writes for a control character, so JSON output passed
/// through stays valid JSON with the same meaning, and an escaped value reads unambiguously.
public enum TerminalText {
    /// `text` with every control character replaced by `\uXXXX`; with `keepingLineBreaks`, line
    /// feeds and tabs stay (the lines and columns of the tool's own output).
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLineBreaks: keepingLineBreaks) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar, keepingLineBreaks: keepingLineBreaks) else {
                out.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
        }
        return String(out)
    }

    /// Whether `scalar` is a control character that a terminal could act on.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        if keepingLineBreaks && (scalar == "\n" || scalar == "\t") { return false }
        return isControl(scalar)
    }
}
