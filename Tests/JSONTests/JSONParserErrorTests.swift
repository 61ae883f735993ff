import Testing
@testable import JSON

@Suite("JSON parser: errors name the offset and the reason")
struct JSONParserErrorTests {
    /// Parses and returns the error, or nil when the bytes parsed.
    private func error(_ bytes: [UInt8]) -> JSONSyntaxError? {
        do {
            _ = try JSONValue(parsing: bytes)
            return nil
        } catch {
            return error
        }
    }

    private func error(_ text: String) -> JSONSyntaxError? { error(Array(text.utf8)) }

    @Test("syntax errors", arguments: [
        ("", 0, "empty input: no JSON value"),
        ("   ", 3, "empty input: no JSON value"),
        ("[", 1, "unexpected end of input"),
        (#"{"a":"#, 5, "unexpected end of input"),
        ("tru", 3, "unexpected end of input"),
        ("trux", 0, "invalid literal: expected 'true'"),
        ("nul", 3, "unexpected end of input"),
        ("NaN", 0, "unexpected 'N' where a value should start"),
        (".5", 0, "unexpected '.' where a value should start"),
        ("'a'", 0, "unexpected ''' where a value should start"),
        ("// note\n{}", 0, "unexpected '/' where a value should start"),
        (#"{"a":1,}"#, 6, "trailing comma in object"),
        ("[1,2,]", 4, "trailing comma in array"),
        ("[1 2]", 3, "unexpected '2' where ',' or ']' should follow an array element"),
        (#"{"a" 1}"#, 5, "unexpected '1' where ':' should follow an object key"),
        ("{a:1}", 1, "unexpected 'a' where an object key (a string) should start"),
        (#"{"a":1 "b":2}"#, 7, "unexpected '\"' where ',' or '}' should follow an object member"),
        ("[1] 2", 4, "unexpected '2' after the JSON value"),
        ("{}\u{0}", 2, "unexpected byte 0x0 after the JSON value"),
    ])
    func syntax(text: String, offset: Int, reason: String) {
        #expect(error(text) == JSONSyntaxError(offset: offset, reason: reason))
    }

    @Test("number errors", arguments: [
        ("01", 0, "invalid number: leading zero"),
        ("-01", 1, "invalid number: leading zero"),
        ("-", 1, "invalid number: expected a digit"),
        ("-a", 1, "invalid number: expected a digit"),
        ("1.", 2, "invalid number: expected a digit after '.'"),
        ("1.e5", 2, "invalid number: expected a digit after '.'"),
        ("1e+", 3, "invalid number: expected a digit in the exponent"),
        ("[1E]", 3, "invalid number: expected a digit in the exponent"),
        ("+1", 0, "unexpected '+' where a value should start"),
    ])
    func numbers(text: String, offset: Int, reason: String) {
        #expect(error(text) == JSONSyntaxError(offset: offset, reason: reason))
    }

    @Test("string errors", arguments: [
        (#""abc"#, 0, "unterminated string"),
        (#"["ab\"]"#, 1, "unterminated string"),
        ("\"a\u{1}b\"", 2, "unescaped control character U+0001 in string"),
        ("\"line\nbreak\"", 5, "unescaped control character U+000A in string"),
        (#""\x""#, 1, "invalid escape sequence in string"),
        (#""ab\'""#, 3, "invalid escape sequence in string"),
        (#""\u12G4""#, 1, #"invalid \u escape: expected four hex digits"#),
        (#""\u12""#, 1, #"invalid \u escape: expected four hex digits"#),
        (#""\ud83d""#, 1, #"lone surrogate in \u escape (high surrogate without a low one)"#),
        (#""x\ud83d\u0041""#, 2, #"lone surrogate in \u escape (high surrogate without a low one)"#),
        (#""\ude00""#, 1, #"lone surrogate in \u escape (low surrogate without a high one)"#),
        (#""\ude00\ud83d""#, 1, #"lone surrogate in \u escape (low surrogate without a high one)"#),
    ])
    func strings(text: String, offset: Int, reason: String) {
        #expect(error(text) == JSONSyntaxError(offset: offset, reason: reason))
    }

    @Test("invalid UTF-8 is rejected at the first byte of the bad sequence", arguments: [
        ([0x22, 0xC0, 0xAF, 0x22], 1),                  // overlong "/"
        ([0x22, 0xE0, 0x80, 0xAF, 0x22], 1),            // overlong three-byte form
        ([0x22, 0xF0, 0x80, 0x80, 0xAF, 0x22], 1),      // overlong four-byte form
        ([0x22, 0x61, 0xED, 0xA0, 0x80, 0x22], 2),      // encoded surrogate U+D800
        ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1),      // above U+10FFFF
        ([0x22, 0x61, 0x62, 0x80, 0x22], 3),            // stray continuation byte
        ([0x22, 0xE3, 0x81, 0x22], 1),                  // truncated before the closing quote
        ([0x22, 0xE3, 0x81], 1),                        // truncated at the end of the input
        ([0x22, 0xFF, 0x22], 1),                        // never valid in UTF-8
        ([0x5B, 0xFF, 0x5D], 1),                        // outside a string
        ([0x22, 0x5C, 0x6E, 0xC3, 0x28, 0x22], 3),      // after an escape (slow path)
        ([0x7B, 0x22, 0xC3, 0x22, 0x3A, 0x31, 0x7D], 2), // in a key
    ] as [([UInt8], Int)])
    func invalidUTF8(bytes: [UInt8], offset: Int) {
        #expect(error(bytes) == JSONSyntaxError(offset: offset, reason: "invalid UTF-8"))
    }

    @Test("a byte order mark is not JSON")
    func byteOrderMark() {
        #expect(error([0xEF, 0xBB, 0xBF, 0x7B, 0x7D]) == JSONSyntaxError(offset: 0, reason: "unexpected character '\u{FEFF}' where a value should start"))
    }

    @Test("nesting past the limit is an error, not a stack overflow")
    func tooDeep() {
        let depth = JSONParser.defaultMaximumDepth + 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(error(text) == JSONSyntaxError(offset: depth - 1, reason: "nesting deeper than 512 levels"))
        let objects = String(repeating: #"{"a":"#, count: 100_000)
        #expect(error(objects)?.reason == "nesting deeper than 512 levels")
    }

    @Test("a smaller depth limit can be set")
    func customDepth() {
        #expect(throws: JSONSyntaxError(offset: 2, reason: "nesting deeper than 2 levels")) {
            try JSONParser(maximumDepth: 2).parse("[[[]]]")
        }
        #expect(throws: Never.self) { try JSONParser(maximumDepth: 2).parse("[[]]") }
    }

    @Test("the description reads as a sentence with the offset")
    func description() {
        #expect(JSONSyntaxError(offset: 7, reason: "unterminated string").description == "unterminated string at byte 7")
    }
}
