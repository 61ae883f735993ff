import CICU

/// NFKC_Casefold through ICU, with an ASCII fast path.
///
/// NFKC turns full-width Latin letters and digits into ASCII (`ｔａｎａｋａ` → `tanaka`),
/// half-width katakana into full-width (`ﾀﾅｶ` → `タナカ`) and U+3000 into a plain space; the case
/// fold lower-cases every script (`MÜLLER` → `müller`, `Straße` → `strasse`). ICU's normalizer
/// is immutable and lock-free, so this may run on all cores.
public enum UnicodeFolding {
    /// NFKC plus full case folding. Pure ASCII input only has its letters lower-cased.
    public static func nfkcCasefold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiLowercased(text) }
        var source = text
        let folded = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                ICUBuffers.negotiate(initialCapacity: chars.count + 16) { dest, capacity, needed, icuError in
                    cicu_nfkc_casefold_utf8(chars.baseAddress, Int32(chars.count), dest, capacity, needed, icuError)
                }
            }
        }
        // The normalizer only fails when out of memory: the unfolded text is the best answer then.
        return folded ?? text
    }

    /// Lower-cases ASCII letters and leaves every other byte alone.
    public static func asciiLowercased(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
