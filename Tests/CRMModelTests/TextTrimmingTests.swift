import Testing
@testable import CRMModel

@Suite("Trimming and blank checks on raw text")
struct TextTrimmingTests {
    @Test("trims ASCII whitespace at both ends and keeps inner and non-ASCII spaces",
          arguments: [
              (" \t田中 太郎\r\n", "田中 太郎"),
              ("taro", "taro"),
              ("   ", ""),
              ("", ""),
              ("\u{3000}全角\u{3000}", "\u{3000}全角\u{3000}"),
              ("\r\n x \r\n", "x"),
          ])
    func trimsAsciiWhitespaceOnly(input: String, expected: String) {
        #expect(input.trimmingSpaces() == expected)
    }

    @Test("a field of spaces, tabs or line breaks is blank; a full-width space is not")
    func blankMeansAsciiWhitespaceOnly() {
        #expect(" \t\r\n".isBlank)
        #expect("".isBlank)
        #expect(!" a ".isBlank)
        #expect(!"\u{3000}".isBlank)
    }

    @Test("a mapped name of only spaces counts as missing, so the next candidate path is used")
    func blankNameFallsThroughToNextPath() throws {
        var mapping = FieldMapping()
        mapping.firstName = ["first_name", "given_name"]
        let customer = try Customer(value: JSONValue(parsing: #"{"id":"c1","first_name":"  \t","given_name":"Taro"}"#))
        #expect(mapping.fields(of: customer).firstName == "Taro")
    }
}

@Suite("Writing JSON strings")
struct JSONStringWriterTests {
    private func written(_ s: String) -> String {
        var out: [UInt8] = []
        JSONValue.writeString(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test("escapes quotes, backslashes, control characters and HTML-significant characters between plain runs")
    func escapesBetweenRuns() {
        #expect(written(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(written("line1\nline2\ttab\u{01}") == #""line1\nline2\ttab\u0001""#)
        #expect(written("<img src=x onerror=alert(1)>&") == #""\u003cimg src=x onerror=alert(1)\u003e\u0026""#)
        #expect(written("田中\"") == #""田中\"""#)
        #expect(written("") == #""""#)
    }

    @Test("whatever it writes parses back to the same string")
    func roundTrips() throws {
        for s in ["plain", "\"\\\n\r\t\u{0}\u{1f}", "混在 mixed <b>&amp;</b>", String(repeating: "é\"", count: 500)] {
            var out: [UInt8] = []
            JSONValue.writeString(s, into: &out)
            #expect(try JSONValue(parsing: String(decoding: out, as: UTF8.self)) == .string(s))
        }
    }
}
