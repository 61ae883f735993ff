/// The one escaping function for text that goes into HTML markup.
///
/// Everything the server writes into the page outside the JSON data block (titles, counts,
/// labels) passes through ``escape(_:)``; customer data never enters the markup at all: it goes
/// into the data block (see ``ScriptJSON``) and the page's script puts it on screen with
/// `textContent`.
public enum HTMLText {
    /// `s` safe as element text and as a quoted attribute value: `& < > " '` become entities.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
