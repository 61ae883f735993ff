import Testing
@testable import JSON

@Suite("JSON parser: valid documents")
struct JSONParserValidDocumentTests {
    @Test("accepts each kind of value with whitespace around it", arguments: [
        ("{}", JSONValue.object(JSONObject())),
        ("[]", .array([])),
        (" \t\r\n[ ]\n", .array([])),
        ("\"x\"", .string("x")),
        ("0", .number("0")),
        ("-0", .number("-0")),
        ("1.5e-10", .number("1.5e-10")),
        ("-12.34E+5", .number("-12.34E+5")),
        ("true", .bool(true)),
        ("false", .bool(false)),
        ("null", .null),
        ("[1,\"a\",null,[true]]", .array([.number("1"), .string("a"), .null, .array([.bool(true)])])),
        ("{\"a\":{\"b\":[]}}", .object(JSONObject(["a": .object(JSONObject(["b": .array([])]))]))),
    ])
    func acceptsValues(text: String, expected: JSONValue) throws {
        #expect(try JSONValue(parsing: text) == expected)
    }

    @Test("decodes every escape, including a surrogate pair", arguments: [
        (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{08}\u{0C}\n\r\t"),
        (#""\u00e9\u00E9""#, "éé"),
        (#""\ud83d\ude00""#, "😀"),
        (#""a\u0000b""#, "a\u{0}b"),
        (#""caf\u00e9 \u7530\u4e2d""#, "café 田中"),
    ])
    func decodesEscapes(text: String, expected: String) throws {
        #expect(try JSONValue(parsing: text) == .string(expected))
    }

    @Test("keeps raw UTF-8 of every length: Latin, kana, kanji, emoji")
    func keepsRawUnicode() throws {
        let text = #"{"n":"José タナカ 田中 😀 ｔａｎａｋａ"}"#
        #expect(try JSONValue(parsing: text).objectValue?["n"] == .string("José タナカ 田中 😀 ｔａｎａｋａ"))
    }

    @Test("keeps numbers exactly as written, however large or precise", arguments: [
        "12345678901234567890123", "1.10", "1E400", "-0.000000000000000000001", "9007199254740993",
    ])
    func keepsNumberText(text: String) throws {
        #expect(try JSONValue(parsing: "[\(text)]") == .array([.number(text)]))
    }

    @Test("keeps object keys in source order")
    func keepsKeyOrder() throws {
        let value = try JSONValue(parsing: #"{"z":1,"a":2,"m":3,"b":{"y":0,"c":0}}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m", "b"])
        #expect(value.objectValue?["b"]?.objectValue?.keys == ["y", "c"])
    }

    @Test("a repeated key keeps the last value in the first key's place")
    func duplicateKeysLastWins() throws {
        let value = try JSONValue(parsing: #"{"a":1,"b":2,"a":3,"\u0062":4}"#)
        #expect(value.objectValue?.keys == ["a", "b"])
        #expect(value.objectValue?["a"] == .number("3"))
        #expect(value.objectValue?["b"] == .number("4"))
    }

    @Test("keeps every key of a wide object (hash bits collide)")
    func wideObject() throws {
        let keys = (0..<300).map { "key_\($0)" }
        let text = "{" + keys.map { "\"\($0)\":\"\($0)\"" }.joined(separator: ",") + "}"
        let object = try #require(try JSONValue(parsing: text).objectValue)
        #expect(object.keys == keys)
        #expect(object["key_299"] == .string("key_299"))
    }

    @Test("reads long arrays and long escaped strings (scratch memory grows)")
    func growsBuffers() throws {
        let array = try JSONValue(parsing: "[" + (0..<1000).map(String.init).joined(separator: ",") + "]")
        #expect(array.arrayValue?.count == 1000)
        #expect(array.arrayValue?.last == .number("999"))
        let long = String(repeating: "ab\\n", count: 5000)
        #expect(try JSONValue(parsing: "\"\(long)\"") == .string(String(repeating: "ab\n", count: 5000)))
    }

    @Test("finds the closing quote at every position around an eight-byte boundary")
    func stringLengths() throws {
        for length in 0..<40 {
            let s = String((0..<length).map { Character(Unicode.Scalar(UInt8(0x61 + $0 % 26))) })
            #expect(try JSONValue(parsing: "\"\(s)\"") == .string(s), "length \(length)")
            #expect(try JSONValue(parsing: "[\"\(s)é\",1]") == .array([.string(s + "é"), .number("1")]), "length \(length)")
        }
    }

    @Test("accepts nesting up to the depth limit")
    func nestingAtLimit() throws {
        let depth = JSONParser.defaultMaximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(try JSONValue(parsing: text).arrayValue?.count == 1)
    }

    @Test("one parser reads many documents, also after an error")
    func reuse() throws {
        let parser = JSONParser()
        #expect(try parser.parse(#"{"a":[1,2,{"b":"\n"}]}"#).objectValue?.keys == ["a"])
        #expect(throws: JSONSyntaxError.self) { try parser.parse(#"{"a":[1,2,{"b":"x"#) }
        #expect(try parser.parse(#"{"c":[3]}"#) == .object(JSONObject(["c": .array([.number("3")])])))
        #expect(try parser.parse(Array("[true]".utf8)) == .array([.bool(true)]))
    }

    @Test("parses a slice of a buffer with offsets counted from the slice")
    func parsesSlice() throws {
        let bytes = Array("xx[1,}yy".utf8)
        let error = bytes.withUnsafeBytes { raw -> JSONSyntaxError? in
            do throws(JSONSyntaxError) {
                _ = try JSONParser().parse(UnsafeRawBufferPointer(rebasing: raw[2..<6]))
                return nil
            } catch { return error }
        }
        #expect(error?.offset == 3)
    }
}
