/// Case and accent variants of Latin-script names: SMITH, smith, Jose Garcia for José García,
/// Mueller for Müller.
enum LatinForms {
    static func uppercased(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        Array(String(String.UnicodeScalarView(s)).uppercased().unicodeScalars)
    }

    static func lowercased(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        Array(String(String.UnicodeScalarView(s)).lowercased().unicodeScalars)
    }

    /// First letter of each word upper case, the rest as given (`tanaka` → `Tanaka`).
    static func capitalized(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var atWordStart = true
        for c in s {
            if atWordStart, c.properties.isLowercase {
                out.append(contentsOf: Character(c).uppercased().unicodeScalars)
            } else {
                out.append(c)
            }
            atWordStart = c == " " || c == "-"
        }
        return out
    }

    /// Accents removed (`José` → `Jose`); with `german`, umlauts spelled out (`Müller` → `Mueller`).
    static func folded(_ s: [Unicode.Scalar], german: Bool = false) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count + 2)
        for c in s {
            if c.value < 0x80 {
                out.append(c)
            } else if german, let spelled = germanTable[c] {
                out.append(contentsOf: spelled.unicodeScalars)
            } else if let plain = foldTable[c] {
                out.append(contentsOf: plain.unicodeScalars)
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// Lower-case ASCII for e-mail local parts: accents folded, anything else dropped.
    static func asciiLetters(_ s: [Unicode.Scalar]) -> String {
        var out = ""
        for c in folded(s) {
            if c.properties.isAlphabetic || (c.value >= 0x30 && c.value <= 0x39) {
                if c.value < 0x80 { out.unicodeScalars.append(Unicode.Scalar(UInt8(c.value) | 0x20)) }
            }
        }
        return out
    }

    private static let germanTable: [Unicode.Scalar: String] = [
        "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ø": "oe", "Ø": "Oe",
    ]

    private static let foldTable: [Unicode.Scalar: String] = {
        let pairs = """
        á a à a â a ä a ã a å a ā a é e è e ê e ë e ē e ě e í i ì i î i ï i ī i ó o ò o ô o ö o õ o \
        ø o ō o ő o ú u ù u û u ü u ū u ů u ű u ñ n ç c ý y ÿ y ř r č c š s ž z ł l đ d \
        Á A À A Â A Ä A É E È E Ê E Í I Î I Ó O Ô O Ö O Ø O Ō O Ú U Ü U Ū U Ñ N Ç C Š S Ž Z Č C Đ D \
        ß ss æ ae œ oe Æ AE Œ OE
        """.split(separator: " ")
        var table: [Unicode.Scalar: String] = [:]
        var i = 0
        while i + 1 < pairs.count {
            if let key = pairs[i].unicodeScalars.first { table[key] = String(pairs[i + 1]) }
            i += 2
        }
        return table
    }()
}
