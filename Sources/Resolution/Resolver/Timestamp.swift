import Support

/// A stored timestamp reduced to something that orders correctly.
///
/// CRM exports write instants in several ISO 8601 shapes (`2024-03-05`,
/// `2024-03-05T12:34:56.789Z`, `2024-03-05T21:34:56+09:00`, Ruby's `2024-03-05 21:34:56 +0900`),
/// and text comparison orders those wrongly across offsets. Values that parse compare as instants;
/// anything else still compares, as text, but ranks below every real instant (and above a missing
/// value) whichever direction a criterion prefers, so the order stays total and a garbled value
/// never beats a readable one.
enum Timestamp: Comparable {
    /// Seconds since 1970-01-01T00:00:00Z and nanoseconds within the second. A value without an
    /// offset is read as UTC.
    case instant(seconds: Int64, nanoseconds: Int32)
    case text(String)

    /// Parses `raw`; nil when it is missing or blank.
    init?(_ raw: String?) {
        guard let raw else { return nil }
        let bytes = Array(raw.utf8)
        var lo = 0, hi = bytes.count
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        guard lo < hi else { return nil }
        var parser = TimestampParser(bytes: bytes[lo..<hi])
        if let (s, n) = parser.parse() {
            self = .instant(seconds: s, nanoseconds: n)
        } else {
            self = .text(String(decoding: bytes[lo..<hi], as: UTF8.self))
        }
    }

    /// Which of two optional stored timestamps a criterion prefers: present beats missing, an
    /// instant beats text, then the later (or earlier) one wins.
    /// - Returns: a negative number when `a` is preferred, positive when `b` is, 0 on a tie.
    static func preference(_ a: String?, _ b: String?, preferLater: Bool) -> Int {
        let ka = Timestamp(a), kb = Timestamp(b)
        switch (ka, kb) {
        case (nil, nil): return 0
        case (.some, nil): return -1
        case (nil, .some): return 1
        case (.instant, .text): return -1
        case (.text, .instant): return 1
        case let (x?, y?):
            if x == y { return 0 }
            return (x < y) == preferLater ? 1 : -1
        }
    }
}

/// A small hand-written ISO 8601 reader: cheap, allocation-free, and strict enough that a value it
/// accepts means what it says.
private struct TimestampParser {
    let bytes: ArraySlice<UInt8>
    var i: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.i = bytes.startIndex
    }

    mutating func parse() -> (Int64, Int32)? {
        guard let year = digits(min: 4, max: 4) else { return nil }
        guard let sep = peek(), sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/") else { return nil }
        i += 1
        guard let month = digits(min: 1, max: 2), eat(sep), let day = digits(min: 1, max: 2) else { return nil }
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysInMonth(month, year: year) else { return nil }
        var seconds = Int64(CivilDate(year: year, month: month, day: day).daysSinceEpoch) * 86_400
        var nanos: Int32 = 0
        if let c = peek(), c == UInt8(ascii: "T") || c == UInt8(ascii: "t") || c == 0x20 {
            i += 1
            guard let h = digits(min: 2, max: 2), eat(UInt8(ascii: ":")), let m = digits(min: 2, max: 2),
                  h <= 24, m <= 59 else { return nil }
            var s = 0
            if eat(UInt8(ascii: ":")) {
                guard let sec = digits(min: 2, max: 2), sec <= 60 else { return nil }
                s = sec
                if eat(UInt8(ascii: ".")) || eat(UInt8(ascii: ",")) {
                    guard let n = fraction() else { return nil }
                    nanos = n
                }
            }
            seconds += Int64(h * 3600 + m * 60 + s)
            guard let offset = zone() else { return nil }
            seconds -= Int64(offset)
        }
        guard i == bytes.endIndex else { return nil }
        return (seconds, nanos)
    }

    /// Offset east of UTC in seconds; 0 when none is written. Nil when something unreadable follows.
    private mutating func zone() -> Int? {
        if i < bytes.endIndex, bytes[i] == 0x20 { i += 1 }
        guard let c = peek() else { return 0 }
        if c == UInt8(ascii: "Z") || c == UInt8(ascii: "z") { i += 1; return 0 }
        if bytes[i...].elementsEqual("UTC".utf8) { i += 3; return 0 }
        guard c == UInt8(ascii: "+") || c == UInt8(ascii: "-") else { return nil }
        i += 1
        guard let h = digits(min: 2, max: 2), h <= 23 else { return nil }
        var m = 0
        if eat(UInt8(ascii: ":")) {
            guard let mm = digits(min: 2, max: 2) else { return nil }
            m = mm
        } else if let mm = digits(min: 2, max: 2) {
            m = mm
        }
        guard m <= 59 else { return nil }
        let offset = h * 3600 + m * 60
        return c == UInt8(ascii: "-") ? -offset : offset
    }

    private mutating func fraction() -> Int32? {
        var value: Int32 = 0, count = 0
        while let c = peek(), c >= 0x30, c <= 0x39 {
            if count < 9 { value = value * 10 + Int32(c - 0x30) }
            count += 1
            i += 1
        }
        guard count > 0 else { return nil }
        for _ in min(count, 9)..<9 { value *= 10 }
        return value
    }

    private mutating func digits(min: Int, max: Int) -> Int? {
        var value = 0, count = 0
        while count < max, let c = peek(), c >= 0x30, c <= 0x39 {
            value = value * 10 + Int(c - 0x30)
            count += 1
            i += 1
        }
        return count >= min ? value : nil
    }

    private func peek() -> UInt8? { i < bytes.endIndex ? bytes[i] : nil }

    private mutating func eat(_ c: UInt8) -> Bool {
        guard peek() == c else { return false }
        i += 1
        return true
    }
}
