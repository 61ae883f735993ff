import Testing
import JSON

@Suite("Writing JSON strings")
struct JSONStringWriterTests {
    private func written(_ s: String) -> String {
        var out: [UInt8] = []
        JSONValue.writeString(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test("escapes quotes, backslashes and control characters between plain runs, and nothing for HTML")
    func escapesBetweenRuns() {
        #expect(written(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(written("line1\nline2\ttab\u{01}") == #""line1\nline2\ttab\u0001""#)
        #expect(written("<img src=x onerror=alert(1)>&") == #""<img src=x onerror=alert(1)>&""#)
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
