import Testing
@testable import JSON

@Suite("JSON parse and serialize round trip")
struct JSONRoundTripTests {
    @Test("compact text without <, > or & comes back byte for byte", arguments: [
        #"{"id":"5f1e2d3c4b5a69788796a5b4","n":12345678901234567890,"p":1.10,"e":-1E+2,"ok":true,"x":null}"#,
        #"{"z":[],"a":{},"m":[{"k":"田中 タロウ 😀"},["é",0,-0.5]]}"#,
        #"["\"quoted\" \\ back\nslash\t","\u0001"]"#,
    ])
    func compactRoundTrip(text: String) throws {
        #expect(try JSONValue(parsing: text).serialized() == text)
    }

    @Test("serialized text parses back to the same value", arguments: [
        #"{"b":"<script>&amp;</script>","c":"\u001f","d":"\ud83d\ude00"}"#,
        #"[ 1 , { "a" : [ true , false ] } ]"#,
    ])
    func valueRoundTrip(text: String) throws {
        let value = try JSONValue(parsing: text)
        #expect(try JSONValue(parsing: value.serialized()) == value)
        #expect(try JSONValue(parsing: value.prettySerialized()) == value)
    }
}
