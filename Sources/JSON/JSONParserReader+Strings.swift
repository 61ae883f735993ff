/// String literals and UTF-8 validation.
///
/// A string without escapes (nearly every string in a CRM export) is handed back as a slice of
/// the input: no copy until the `String` is made. UTF-8 is validated here, byte by byte only for
/// non-ASCII bytes, so that an error names the exact offset of the bad sequence.
extension JSONParserReader {
    /// Reads the string whose opening quote is at `pos` and returns its decoded UTF-8 bytes,
    /// valid until the next string is read (they point into the input or the scratch buffer).
    @inline(__always)
    mutating func readStringBytes() throws(JSONSyntaxError) -> UnsafeBufferPointer<UInt8> {
        let open = pos
        var i = pos + 1
        while true {
            // Eight bytes at a time while none is a quote, a backslash, a control or a non-ASCII byte.
            while i &+ 8 <= end {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if JSONParserReader.hasSpecialByte(w) { break }
                i &+= 8
            }
            guard i < end else { throw JSONSyntaxError(offset: open, reason: "unterminated string") }
            let c = base[i]
            if c == UInt8(ascii: "\"") {
                pos = i + 1
                return UnsafeBufferPointer(start: base + open + 1, count: i - open - 1)
            }
            if c == UInt8(ascii: "\\") { return try readEscapedStringBytes(open: open, firstEscape: i) }
            if c < 0x20 { throw controlCharacter(at: i) }
            i += c < 0x80 ? 1 : try utf8SequenceLength(at: i)
        }
    }

    /// Whether any of the eight bytes in `w` is `"`, `\`, below 0x20 or above 0x7F (SWAR).
    @inline(__always)
    static func hasSpecialByte(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = w ^ (ones &* 0x22)
        let backslash = w ^ (ones &* 0x5C)
        // A byte b gives a high bit in (b - k) & ~b & 0x80 when b < k (for b < 0x80).
        let zeroQuote = (quote &- ones) & ~quote
        let zeroBackslash = (backslash &- ones) & ~backslash
        let control = (w &- ones &* 0x20) & ~w
        return ((zeroQuote | zeroBackslash | control) & highs) | (w & highs) != 0
    }

    /// The slow path for a string with escapes: decodes into the scratch buffer.
    private mutating func readEscapedStringBytes(open: Int, firstEscape: Int) throws(JSONSyntaxError) -> UnsafeBufferPointer<UInt8> {
        buffers.byteCount = 0
        append(from: open + 1, count: firstEscape - open - 1)
        var i = firstEscape
        while true {
            guard i < end else { throw JSONSyntaxError(offset: open, reason: "unterminated string") }
            let c = base[i]
            switch c {
            case UInt8(ascii: "\""):
                pos = i + 1
                return UnsafeBufferPointer(start: buffers.bytes, count: buffers.byteCount)
            case UInt8(ascii: "\\"):
                guard i + 1 < end else { throw JSONSyntaxError(offset: open, reason: "unterminated string") }
                let e = base[i + 1]
                let decoded: UInt8
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded = e
                case UInt8(ascii: "b"): decoded = 0x08
                case UInt8(ascii: "f"): decoded = 0x0C
                case UInt8(ascii: "n"): decoded = 0x0A
                case UInt8(ascii: "r"): decoded = 0x0D
                case UInt8(ascii: "t"): decoded = 0x09
                case UInt8(ascii: "u"):
                    let (scalar, length) = try readUnicodeEscape(at: i)
                    appendUTF8(scalar)
                    i += length
                    continue
                default:
                    throw JSONSyntaxError(offset: i, reason: "invalid escape sequence in string")
                }
                append(byte: decoded)
                i += 2
            case 0..<0x20:
                throw controlCharacter(at: i)
            case 0x20..<0x80:
                // Copy the run of plain ASCII at once.
                var j = i + 1
                while j < end, base[j] >= 0x20, base[j] < 0x80, base[j] != UInt8(ascii: "\""), base[j] != UInt8(ascii: "\\") { j += 1 }
                append(from: i, count: j - i)
                i = j
            default:
                let n = try utf8SequenceLength(at: i)
                append(from: i, count: n)
                i += n
            }
        }
    }

    /// Reads `\uXXXX` at `i`, or a surrogate pair `\uD83D\uDE00`, and returns the scalar and
    /// how many input bytes it took. A surrogate without its partner is an error: it has no
    /// UTF-8 form.
    private func readUnicodeEscape(at i: Int) throws(JSONSyntaxError) -> (Unicode.Scalar, Int) {
        let first = try hex4(at: i + 2, escapeAt: i)
        switch first {
        case 0xD800...0xDBFF:
            guard i + 7 < end, base[i + 6] == UInt8(ascii: "\\"), base[i + 7] == UInt8(ascii: "u") else {
                throw JSONSyntaxError(offset: i, reason: "lone surrogate in \\u escape (high surrogate without a low one)")
            }
            let second = try hex4(at: i + 8, escapeAt: i + 6)
            guard (0xDC00...0xDFFF).contains(second) else {
                throw JSONSyntaxError(offset: i, reason: "lone surrogate in \\u escape (high surrogate without a low one)")
            }
            let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            return (Unicode.Scalar(value)!, 12)
        case 0xDC00...0xDFFF:
            throw JSONSyntaxError(offset: i, reason: "lone surrogate in \\u escape (low surrogate without a high one)")
        default:
            return (Unicode.Scalar(first)!, 6)
        }
    }

    /// The four hex digits at `at`, as a number.
    private func hex4(at start: Int, escapeAt: Int) throws(JSONSyntaxError) -> UInt32 {
        guard start + 4 <= end else { throw JSONSyntaxError(offset: escapeAt, reason: "invalid \\u escape: expected four hex digits") }
        var value: UInt32 = 0
        for k in start..<(start + 4) {
            let c = base[k]
            let digit: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - UInt8(ascii: "A") + 10
            default: throw JSONSyntaxError(offset: escapeAt, reason: "invalid \\u escape: expected four hex digits")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The length of the valid UTF-8 sequence starting with the non-ASCII byte at `i`.
    ///
    /// Strict (Unicode table 3-7): no overlong forms, no surrogates (U+D800–DFFF), nothing
    /// above U+10FFFF, no stray continuation bytes, no truncated sequence.
    @inline(__always)
    func utf8SequenceLength(at i: Int) throws(JSONSyntaxError) -> Int {
        guard let n = validSequenceLength(at: i) else { throw JSONSyntaxError(offset: i, reason: "invalid UTF-8") }
        return n
    }

    func validSequenceLength(at i: Int) -> Int? {
        let lead = base[i]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF   // allowed range of the second byte
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard i + length <= end else { return nil }
        let second = base[i + 1]
        guard second >= low && second <= high else { return nil }
        for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return nil }
        return length
    }

    /// The scalar whose UTF-8 starts at `i`, or nil when the bytes there are not valid UTF-8.
    func decodeScalar(at i: Int) -> Unicode.Scalar? {
        guard let n = validSequenceLength(at: i) else { return nil }
        var value = UInt32(base[i]) & (0x7F >> n)
        for k in 1..<n { value = value << 6 | UInt32(base[i + k] & 0x3F) }
        return Unicode.Scalar(value)
    }

    private func controlCharacter(at i: Int) -> JSONSyntaxError {
        let code = String(base[i], radix: 16, uppercase: true)
        return JSONSyntaxError(offset: i, reason: "unescaped control character U+\(code.count == 1 ? "000" : "00")\(code) in string")
    }

    // MARK: Scratch buffer

    @inline(__always)
    private mutating func append(byte: UInt8) {
        buffers.reserveBytes(1)
        buffers.bytes[buffers.byteCount] = byte
        buffers.byteCount += 1
    }

    private mutating func append(from start: Int, count: Int) {
        guard count > 0 else { return }
        buffers.reserveBytes(count)
        (buffers.bytes + buffers.byteCount).update(from: base + start, count: count)
        buffers.byteCount += count
    }

    private mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        for unit in UTF8.encode(scalar)! { append(byte: unit) }
    }
}
