extension NameNormalizer {
    /// True when the name is something staff type for an unknown guest, not a name:
    /// a listed placeholder (`ゲスト`, `Guest`, `Walk-in`, `未設定`, `N/A`, `お客様`), such a
    /// placeholder numbered (`ゲスト2`, `guest 12`), digits only (`0312345678`), one character
    /// repeated (`aaa`, `あああ`), nothing but punctuation and honorifics (`.`, `様`, `-`), or
    /// longer than any name (over 1 KB).
    ///
    /// Accepts a raw or a cleaned name. A blank or missing name is *not* a placeholder: it is
    /// simply missing.
    public func isPlaceholder(_ name: String) -> Bool {
        analyze(name).isPlaceholder
    }

    /// Cleans `raw` and judges it in one pass (the batch normalizer calls this once per
    /// distinct string).
    func analyze(_ raw: String) -> (cleaned: String, isPlaceholder: Bool) {
        if raw.utf8.count > Self.maximumNameBytes { return ("", true) }
        let folded = UnicodeFolding.nfkcCasefold(raw)
        let cleaned = Self.cleanPieces(folded, honorificWords: honorificWords, honorificSuffixes: honorificSuffixes,
                                       titles: titles, romajiHonorifics: romajiHonorifics)
        let light = Self.collapseWhitespace(folded)
        if light.isEmpty { return (cleaned, false) }
        if placeholderLight.contains(light) { return (cleaned, true) }
        return (cleaned, isPlaceholder(cleaned: cleaned))
    }

    /// Placeholder rules on a cleaned, non-blank name ("" means nothing but punctuation was left).
    func isPlaceholder(cleaned: String) -> Bool {
        if cleaned.isEmpty || placeholderCleaned.contains(cleaned) { return true }
        let scalars = cleaned.unicodeScalars
        if scalars.allSatisfy(Self.isDigit) { return true }
        if scalars.count >= 3, let first = scalars.first, scalars.allSatisfy({ $0 == first }) { return true }
        // A numbered placeholder: ゲスト2, guest12.
        var trimmed = scalars
        while let last = trimmed.last, Self.isDigit(last) { trimmed.removeLast() }
        if trimmed.count < scalars.count, !trimmed.isEmpty, placeholderCleaned.contains(String(trimmed)) {
            return true
        }
        return false
    }

    /// Decimal digits of any script (not `一`, which is also a given name).
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .decimalNumber
    }

    /// NFKC-folded text with whitespace trimmed and inner runs collapsed to one space: how
    /// placeholders with punctuation (`n/a`, `walk-in`) are compared.
    static func lightForm(_ text: String) -> String {
        collapseWhitespace(UnicodeFolding.nfkcCasefold(text))
    }

    static func collapseWhitespace(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value < 0x20 {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
