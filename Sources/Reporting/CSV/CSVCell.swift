/// Escaping of one CSV cell: formula neutralization, then RFC 4180 quoting.
enum CSVCell {
    /// A cell built from customer data, made inert for spreadsheets, then quoted as needed.
    static func untrusted(_ text: String) -> String { quoted(neutralized(text)) }

    /// A cell the engine produced itself (numbers, roles): quoted as needed, never altered.
    static func trusted(_ text: String) -> String { quoted(text) }

    /// Prefixes `'` when the text, after any leading spaces, starts with a character that makes a
    /// spreadsheet read it as a formula: `=`, `+`, `-`, `@`, tab, CR, LF, NUL, or their full-width
    /// forms `＝＋－＠` (which Japanese IMEs type and some spreadsheets accept).
    ///
    /// This follows OWASP / ASVS 1.2.10. It applies to phones too: `+819012345678` becomes
    /// `'+819012345678`. Excel hides the apostrophe and shows the number as text; a program
    /// reading the CSV sees it, which is why the JSON report, not the CSV, is for machines.
    static func neutralized(_ text: String) -> String {
        guard let first = text.unicodeScalars.first(where: { $0 != " " && $0 != "\u{3000}" }) else { return text }
        switch first {
        case "=", "+", "-", "@", "\t", "\r", "\n", "\0", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}":
            return "'" + text
        default:
            return text
        }
    }

    /// RFC 4180: a cell holding a comma, quote, CR or LF is quoted, with quotes doubled. Cells
    /// holding `;` or a tab are quoted as well, so a spreadsheet that splits on those (Excel in
    /// many European locales) cannot cut a cell in two and expose a formula.
    static func quoted(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "\""), 0x0A, 0x0D, UInt8(ascii: ";"), 0x09: return true
            default: return false
            }
        }
        guard needsQuotes else { return text }
        var out = "\""
        for ch in text.unicodeScalars {
            if ch == "\"" { out += "\"\"" } else { out.unicodeScalars.append(ch) }
        }
        return out + "\""
    }
}
