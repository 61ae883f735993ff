import Support

/// The lexical half of ``BirthdayNormalizer``: finds year, month and day in the text.
enum BirthdayParser {
    /// A number or a separator/era marker read from the text.
    private enum Token: Equatable {
        case number(Int, digits: Int)
        case era(Int)          // first Gregorian year of a Japanese era
        case separator
        case timeStart         // `T` or a space after the date: the rest is a time
    }

    /// Japanese eras by kanji name and initial; year 1 of each era is the given Gregorian year.
    private static let eras: [(names: [String], firstYear: Int)] = [
        (["明治", "m"], 1868), (["大正", "t"], 1912), (["昭和", "s"], 1926), (["平成", "h"], 1989), (["令和", "r"], 2019),
    ]

    static func parse(_ raw: String) -> Int32? {
        if let date = parseISODate(raw) { return date }
        guard let tokens = tokenize(raw) else { return nil }
        var numbers: [(value: Int, digits: Int)] = []
        var era: Int?
        for (index, token) in tokens.enumerated() {
            switch token {
            case .number(let value, let digits): numbers.append((value, digits))
            case .era(let first):
                guard index == 0 else { return nil }
                era = first
            case .separator: continue
            case .timeStart:
                guard numbers.count == 3 || (numbers.count == 1 && numbers[0].digits == 8) else { return nil }
            }
            if case .timeStart = token { break }
        }
        if let era {
            guard numbers.count == 3, numbers[0].digits <= 2, numbers[0].value >= 1 else { return nil }
            return CivilDate(validating: era + numbers[0].value - 1, month: numbers[1].value, day: numbers[2].value)?.yyyymmdd
        }
        if numbers.count == 1, numbers[0].digits == 8 {
            let value = numbers[0].value
            return CivilDate(validating: value / 10_000, month: value / 100 % 100, day: value % 100)?.yyyymmdd
        }
        guard numbers.count == 3, numbers[0].digits == 4, numbers[1].digits <= 2, numbers[2].digits <= 2 else { return nil }
        return CivilDate(validating: numbers[0].value, month: numbers[1].value, day: numbers[2].value)?.yyyymmdd
    }

    /// Fast path for what CRM exports mostly hold: `yyyy-mm-dd` or `yyyy/mm/dd`, alone or
    /// followed by `T` and a time. Returns nil for anything else (the general parser decides).
    private static func parseISODate(_ raw: String) -> Int32? {
        let utf8 = raw.utf8
        guard utf8.count >= 10 else { return nil }
        var digits = [Int](repeating: 0, count: 8)
        var digitIndex = 0
        for (offset, byte) in utf8.prefix(10).enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") else { return nil }
            } else {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                digits[digitIndex] = Int(byte - 0x30)
                digitIndex += 1
            }
        }
        if utf8.count > 10 {
            let next = utf8[utf8.index(utf8.startIndex, offsetBy: 10)]
            guard next == UInt8(ascii: "T") || next == UInt8(ascii: " ") else { return nil }
        }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        return CivilDate(validating: year, month: digits[4] * 10 + digits[5], day: digits[6] * 10 + digits[7])?.yyyymmdd
    }

    private static func tokenize(_ raw: String) -> [Token]? {
        var tokens: [Token] = []
        var number = 0
        var digitCount = 0
        var word = ""
        func flushNumber() {
            if digitCount > 0 { tokens.append(.number(number, digits: digitCount)) }
            number = 0
            digitCount = 0
        }
        var sawDate = false
        for scalar in raw.unicodeScalars {
            var value = scalar.value
            if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }   // full-width ASCII
            if value >= 0x30 && value <= 0x39 {
                if !word.isEmpty { return nil }
                digitCount += 1
                if digitCount > 8 { return nil }
                number = number * 10 + Int(value - 0x30)
                continue
            }
            flushNumber()
            sawDate = tokens.count >= 3 || (tokens.last.map { if case .number(_, 8) = $0 { true } else { false } } ?? false)
            switch value {
            case 0x2D, 0x2F, 0x2E, 0x5E74 /* 年 */, 0x6708 /* 月 */, 0x65E5 /* 日 */, 0x2010...0x2015, 0x2212, 0x30FB:
                tokens.append(.separator)
            case 0x54, 0x74, 0x20, 0x3000:   // T, space: a time follows the date, or leading blanks
                if sawDate {
                    tokens.append(.timeStart)
                    return tokens
                }
                if value == 0x54 || value == 0x74 { return nil }
            default:
                guard let lowered = Unicode.Scalar(value >= 0x41 && value <= 0x5A ? value + 0x20 : value) else { return nil }
                word.unicodeScalars.append(lowered)
                if word == "元" {   // 元年: the first year of an era
                    word = ""
                    tokens.append(.number(1, digits: 1))
                    continue
                }
                if let era = eras.first(where: { $0.names.contains(word) }) {
                    guard tokens.isEmpty else { return nil }
                    tokens.append(.era(era.firstYear))
                    word = ""
                } else if word.unicodeScalars.count > 2 {
                    return nil
                }
            }
        }
        flushNumber()
        return word.isEmpty ? tokens : nil
    }
}
