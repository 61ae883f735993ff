/// Reads the digits out of a phone field: the lexical half of ``PhoneNormalizer``.
enum PhoneScanner {
    enum Result {
        case empty
        case invalid(String)
        /// ASCII digits, and whether a `+` led them.
        case digits([UInt8], international: Bool)
    }

    /// Words that label a number rather than being part of it (`TEL: 03-...`, `携帯 090-...`).
    static let labels: Set<String> = [
        "tel", "phone", "mobile", "mob", "cell", "home", "work", "office", "fax", "m", "t",
        "携帯", "携帯電話", "自宅", "電話", "会社", "勤務先", "固定", "代表", "店舗", "連絡先",
    ]
    /// Words that start an extension, which is dropped: `03-1234-5678 ext. 12`.
    static let extensionMarkers: Set<String> = ["ext", "extn", "extension", "x", "ex", "内線", "内"]

    static func scan(_ raw: String, maximumDigits: Int) -> Result {
        var digits: [UInt8] = []
        digits.reserveCapacity(16)
        var international = false
        var word = String.UnicodeScalarView()
        var sawContent = false

        // Ends the word being read: nil when it is a label (ignored) or an extension marker (sets
        // `stop`), else the reason the field is invalid.
        func endWord(stop: inout Bool) -> String? {
            defer { word = String.UnicodeScalarView() }
            if word.isEmpty { return nil }
            let text = String(word)
            if labels.contains(text) { return nil }
            if !digits.isEmpty && extensionMarkers.contains(text) {
                stop = true
                return nil
            }
            return "contains letters (\"\(text)\")"
        }

        var stop = false
        for scalar in raw.unicodeScalars {
            let value = scalar.value
            let byte: UInt8?
            switch value {
            case 0x30...0x39: byte = UInt8(value)
            case 0xFF10...0xFF19: byte = UInt8(value - 0xFF10 + 0x30)   // full-width digits
            default: byte = nil
            }
            if let byte {
                if let problem = endWord(stop: &stop) { return .invalid(problem) }
                if stop { break }
                digits.append(byte)
                sawContent = true
                if digits.count > maximumDigits { return .invalid("too many digits for a phone number") }
                continue
            }
            switch value {
            case 0x2B, 0xFF0B:   // + ＋
                if let problem = endWord(stop: &stop) { return .invalid(problem) }
                if stop { break }
                if !digits.isEmpty || international { return .invalid("'+' inside the number") }
                international = true
                sawContent = true
            case 0x23, 0xFF03, 0x2C, 0x3B, 0xFF0C, 0x3001:   // # ＃ , ; ， 、 start an extension
                if let problem = endWord(stop: &stop) { return .invalid(problem) }
                if !digits.isEmpty { stop = true }
            case _ where isSeparator(value) || scalar.properties.isWhitespace:
                if let problem = endWord(stop: &stop) { return .invalid(problem) }
            default:
                sawContent = true
                word.append(lowercasedASCII(scalar))
            }
            if stop { break }
        }
        if !stop, let problem = endWord(stop: &stop) { return .invalid(problem) }
        if digits.isEmpty {
            return sawContent ? .invalid("no digits") : .empty
        }
        return .digits(digits, international: international)
    }

    /// Characters written between digit groups: dashes of every width (and `ー`, which IMEs
    /// produce for a dash), dots, slashes, parentheses, colons, tildes.
    static func isSeparator(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09, 0x2D, 0x2E, 0x2F, 0x28, 0x29, 0x3A, 0x7E, 0x5B, 0x5D, 0xA0,
             0x2010...0x2015, 0x2212, 0x3000, 0x301C, 0x30FC, 0xFF70, 0xFF0D, 0xFF0E, 0xFF0F,
             0xFF08, 0xFF09, 0xFF1A, 0xFF5E, 0x30FB, 0xFF65:
            return true
        default:
            return false
        }
    }

    private static func lowercasedASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        var value = scalar.value
        if value >= 0xFF21 && value <= 0xFF3A || value >= 0xFF41 && value <= 0xFF5A { value -= 0xFEE0 }  // full-width
        if value >= 0x41 && value <= 0x5A { value += 0x20 }
        return Unicode.Scalar(value) ?? scalar
    }
}
