/// Writes one JSON object as UTF-8 bytes, straight into a reusable buffer: no `JSONSerialization`,
/// no `Codable`, no intermediate strings. Keys are static; string values are escaped here.
struct JSONLineBuilder {
    var bytes: [UInt8] = []
    private var needsComma = false

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
    }

    // MARK: Structure

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes `"name":`; the next value follows without a comma.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    // MARK: Values

    mutating func null() {
        separate()
        appendASCII("null")
        needsComma = true
    }

    mutating func bool(_ value: Bool) {
        separate()
        if value {
            appendASCII("true")
        } else {
            appendASCII("false")
        }
        needsComma = true
    }

    mutating func int(_ value: Int) {
        separate()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.append(contentsOf: String(value.magnitude).utf8)
        needsComma = true
    }

    /// A string value from scalars, escaped.
    mutating func string(_ scalars: [Unicode.Scalar]) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        for s in scalars { appendEscaped(s) }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// A string value from a `String`, escaped.
    mutating func string(_ text: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        for s in text.unicodeScalars { appendEscaped(s) }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// A string value from UTF-8 bytes that need no escaping (ids, digits, full-width digits).
    mutating func rawString(_ utf8: [UInt8]) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: utf8)
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// `"YYYY-MM-DD"`.
    mutating func date(_ d: CivilDate) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        appendDigits(d.year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(d.month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(d.day, width: 2)
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// `"YYYY-MM-DDThh:mm:ssZ"` for seconds since 1970.
    mutating func timestamp(_ epochSeconds: Int) {
        separate()
        let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
        let secs = epochSeconds - days * 86_400
        let d = CivilDate(daysSinceEpoch: days)
        bytes.append(UInt8(ascii: "\""))
        appendDigits(d.year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(d.month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(d.day, width: 2)
        bytes.append(UInt8(ascii: "T"))
        appendDigits(secs / 3600, width: 2)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(secs / 60 % 60, width: 2)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(secs % 60, width: 2)
        bytes.append(UInt8(ascii: "Z"))
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    // MARK: Internals

    @inline(__always)
    private mutating func appendASCII(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    @inline(__always)
    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func appendDigits(_ value: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var v = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(v / divisor % 10))
            v %= divisor
            divisor /= 10
        }
    }

    /// JSON escaping: quote, backslash and control characters; everything else as UTF-8.
    @inline(__always)
    private mutating func appendEscaped(_ s: Unicode.Scalar) {
        switch s.value {
        case 0x22: bytes.append(0x5C); bytes.append(0x22)
        case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
        case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
        case 0..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      hex[Int(s.value >> 4)], hex[Int(s.value & 0xF)]])
        default:
            UTF8Writer.append(s, to: &bytes)
        }
    }
}

extension JSONLineBuilder {
    /// A 24-hex object id string value.
    mutating func objectID(timestamp: UInt32, random: UInt64) {
        rawString([])
        // Open the empty string again and write the 24 digits in place.
        bytes.removeLast()
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: 24))
        ObjectID.write(timestamp: timestamp, random: random, into: &bytes, at: start)
        bytes.append(UInt8(ascii: "\""))
    }

    /// An optional text value: `null` when absent, or `""` when `emptyString` is set.
    mutating func optionalString(_ value: [Unicode.Scalar]?, emptyString: Bool = false) {
        if let value {
            string(value)
        } else if emptyString {
            rawString([])
        } else {
            null()
        }
    }
}
