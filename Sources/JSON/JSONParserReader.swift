/// The recursive-descent core of ``JSONParser``: one pass over the bytes with an index.
///
/// A struct on the stack (not the parser class) so that its `mutating` methods work on plain
/// locals: no reference counting, no dynamic exclusivity checks in the hot loop. Strings are
/// read in `JSONParserReader+Strings.swift`.
struct JSONParserReader: ~Copyable {
    let base: UnsafePointer<UInt8>
    let end: Int
    let maximumDepth: Int
    var pos = 0
    var buffers: JSONParserBuffers

    init(base: UnsafePointer<UInt8>, count: Int, maximumDepth: Int, buffers: JSONParserBuffers) {
        self.base = base
        self.end = count
        self.maximumDepth = maximumDepth
        self.buffers = buffers
    }

    /// Reads exactly one value, with optional whitespace around it.
    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        guard pos < end else { throw JSONSyntaxError(offset: pos, reason: "empty input: no JSON value") }
        let value = try parseValue(depth: 0)
        skipWhitespace()
        if pos < end { throw unexpected(at: pos, context: "after the JSON value") }
        return value
    }

    /// Reads the value that starts at `pos` (which is not whitespace and not the end).
    mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        switch base[pos] {
        case UInt8(ascii: "\""):
            let bytes = try readStringBytes()
            return .string(String(decoding: bytes, as: UTF8.self))
        case UInt8(ascii: "{"):
            return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["):
            return try parseArray(depth: depth + 1)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try readNumber())
        default:
            throw unexpected(at: pos, context: "where a value should start")
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        if depth > maximumDepth { throw tooDeep() }
        pos += 1
        skipWhitespace()
        guard pos < end else { throw endOfInput() }
        if base[pos] == UInt8(ascii: "}") {
            pos += 1
            return .object(JSONObject())
        }
        let start = buffers.memberCount
        // One bit per key hash seen in this object: a key whose bit is clear cannot repeat,
        // so the duplicate scan runs only on a (rare) bit collision.
        var seen: UInt64 = 0
        while true {
            guard base[pos] == UInt8(ascii: "\"") else {
                throw unexpected(at: pos, context: "where an object key (a string) should start")
            }
            let keyBytes = try readStringBytes()
            let hash = JSONParserReader.keyHash(keyBytes)
            let key = String(decoding: keyBytes, as: UTF8.self)
            skipWhitespace()
            guard pos < end else { throw endOfInput() }
            guard base[pos] == UInt8(ascii: ":") else { throw unexpected(at: pos, context: "where ':' should follow an object key") }
            pos += 1
            skipWhitespace()
            guard pos < end else { throw endOfInput() }
            let value = try parseValue(depth: depth)
            let bit: UInt64 = 1 << (hash >> 58)
            buffers.pushMember(key: key, hash: hash, value: value, objectStart: start, mayRepeat: seen & bit != 0)
            seen |= bit
            skipWhitespace()
            guard pos < end else { throw endOfInput() }
            let c = base[pos]
            pos += 1
            if c == UInt8(ascii: "}") { break }
            guard c == UInt8(ascii: ",") else { throw unexpected(at: pos - 1, context: "where ',' or '}' should follow an object member") }
            skipWhitespace()
            guard pos < end else { throw endOfInput() }
            if base[pos] == UInt8(ascii: "}") { throw JSONSyntaxError(offset: pos - 1, reason: "trailing comma in object") }
        }
        return .object(JSONObject(buffers.popMembers(from: start)))
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        if depth > maximumDepth { throw tooDeep() }
        pos += 1
        skipWhitespace()
        guard pos < end else { throw endOfInput() }
        if base[pos] == UInt8(ascii: "]") {
            pos += 1
            return .array([])
        }
        let start = buffers.valueCount
        while true {
            let value = try parseValue(depth: depth)
            buffers.pushValue(value)
            skipWhitespace()
            guard pos < end else { throw endOfInput() }
            let c = base[pos]
            pos += 1
            if c == UInt8(ascii: "]") { break }
            guard c == UInt8(ascii: ",") else { throw unexpected(at: pos - 1, context: "where ',' or ']' should follow an array element") }
            skipWhitespace()
            guard pos < end else { throw endOfInput() }
            if base[pos] == UInt8(ascii: "]") { throw JSONSyntaxError(offset: pos - 1, reason: "trailing comma in array") }
        }
        return .array(buffers.popValues(from: start))
    }

    /// Reads a number, checking RFC 8259's grammar, and returns its text unchanged.
    private mutating func readNumber() throws(JSONSyntaxError) -> String {
        let start = pos
        var i = pos
        if base[i] == UInt8(ascii: "-") { i += 1 }
        guard i < end, isDigit(base[i]) else { throw JSONSyntaxError(offset: i, reason: "invalid number: expected a digit") }
        if base[i] == UInt8(ascii: "0") {
            i += 1
            if i < end && isDigit(base[i]) { throw JSONSyntaxError(offset: i - 1, reason: "invalid number: leading zero") }
        } else {
            while i < end && isDigit(base[i]) { i += 1 }
        }
        if i < end && base[i] == UInt8(ascii: ".") {
            i += 1
            guard i < end, isDigit(base[i]) else { throw JSONSyntaxError(offset: i, reason: "invalid number: expected a digit after '.'") }
            while i < end && isDigit(base[i]) { i += 1 }
        }
        if i < end && (base[i] | 0x20) == UInt8(ascii: "e") {
            i += 1
            if i < end && (base[i] == UInt8(ascii: "+") || base[i] == UInt8(ascii: "-")) { i += 1 }
            guard i < end, isDigit(base[i]) else { throw JSONSyntaxError(offset: i, reason: "invalid number: expected a digit in the exponent") }
            while i < end && isDigit(base[i]) { i += 1 }
        }
        pos = i
        return String(decoding: UnsafeBufferPointer(start: base + start, count: i - start), as: UTF8.self)
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let n = literal.utf8CodeUnitCount
        let text = literal.utf8Start
        for k in 0..<n {
            guard pos + k < end else { throw endOfInput(at: pos + k) }
            guard base[pos + k] == text[k] else {
                throw JSONSyntaxError(offset: pos, reason: "invalid literal: expected '\(literal)'")
            }
        }
        pos += n
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while pos < end {
            let c = base[pos]
            guard c <= 0x20, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
            pos += 1
        }
    }

    @inline(__always)
    private func isDigit(_ c: UInt8) -> Bool { c &- UInt8(ascii: "0") < 10 }

    /// A cheap hash of a key's bytes: length, first and last eight bytes, mixed by a multiply.
    /// Collisions only cost a string comparison; they cannot merge different keys.
    @inline(__always)
    static func keyHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = bytes.count
        var h = UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
        guard let p = bytes.baseAddress else { return h }
        if n >= 8 {
            let raw = UnsafeRawPointer(p)
            h ^= raw.loadUnaligned(as: UInt64.self)
            h = (h &* 0xBF58_476D_1CE4_E5B9) ^ raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        } else {
            for k in 0..<n { h = (h << 8) | UInt64(p[k]) }
        }
        return (h ^ (h >> 31)) &* 0x94D0_49BB_1331_11EB
    }

    // MARK: Errors

    private func tooDeep() -> JSONSyntaxError {
        JSONSyntaxError(offset: pos, reason: "nesting deeper than \(maximumDepth) levels")
    }

    func endOfInput(at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset ?? pos, reason: "unexpected end of input")
    }

    /// An error naming the byte at `offset` in words ("unexpected ']' where a value should start").
    func unexpected(at offset: Int, context: String) -> JSONSyntaxError {
        let c = base[offset]
        let what: String
        switch c {
        case 0x21...0x7E: what = "'\(Character(Unicode.Scalar(c)))'"
        case 0..<0x80: what = "byte 0x\(String(c, radix: 16, uppercase: true))"
        default:
            guard let scalar = decodeScalar(at: offset) else {
                return JSONSyntaxError(offset: offset, reason: "invalid UTF-8")
            }
            what = "character '\(Character(scalar))'"
        }
        return JSONSyntaxError(offset: offset, reason: "unexpected \(what) \(context)")
    }
}
