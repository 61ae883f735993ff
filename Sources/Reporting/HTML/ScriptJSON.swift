import CRMModel

/// JSON made safe to embed in a `<script type="application/json">` element.
///
/// The HTML parser ends a script element at the first `</script` whatever the JSON means, and
/// `<!--` changes how it parses the rest. JSON lets any character inside a string be written as
/// `\uXXXX`, and `<`, `>`, `&` occur in JSON text only inside strings, so writing them (and the
/// line separators U+2028/U+2029, which older JavaScript parsers treat as line ends) as escapes
/// keeps the text the same JSON and leaves nothing the HTML parser can act on.
public enum ScriptJSON {
    /// The serialized `value` with `<`, `>`, `&`, U+2028 and U+2029 escaped as `\u003c` etc.
    public static func embeddable(_ value: JSONValue) -> String {
        escape(value.serialized())
    }

    /// `json` (already valid JSON text) with the characters above escaped.
    public static func escape(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count + json.utf8.count / 16)
        for scalar in json.unicodeScalars {
            switch scalar.value {
            case 0x3C: out += "\\u003c"
            case 0x3E: out += "\\u003e"
            case 0x26: out += "\\u0026"
            case 0x2028: out += "\\u2028"
            case 0x2029: out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
