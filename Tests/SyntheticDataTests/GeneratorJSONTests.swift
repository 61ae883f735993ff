import Foundation
import Testing
import JSON
@testable import SyntheticData

@Suite("The JSON writer escapes strings and writes dates correctly")
struct GeneratorJSONTests {
    @Test("quotes, backslashes, line breaks and control characters survive a round trip")
    func escaping() throws {
        let tricky = "VIP \"常連\"\n\\ tab\there \u{01} end 😀"
        var b = JSONTextWriter()
        b.beginObject()
        b.key("memo"); b.string(tricky)
        b.key("n"); b.integer(-42)
        b.key("flag"); b.bool(true)
        b.key("none"); b.null()
        b.key("list"); b.beginArray(); b.integer(1); b.integer(2); b.endArray()
        b.endObject()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(b.bytes)) as? [String: Any])
        #expect(object["memo"] as? String == tricky)
        #expect(object["n"] as? Int == -42)
        #expect(object["flag"] as? Bool == true)
        #expect(object["none"] is NSNull)
        #expect(object["list"] as? [Int] == [1, 2])
    }

    @Test("timestamps are ISO 8601 in UTC with Z")
    func timestamps() {
        var b = JSONTextWriter()
        b.timestamp(0)
        b.timestamp(1_709_294_400 + 3_723)
        #expect(String(decoding: b.bytes, as: UTF8.self) == "\"1970-01-01T00:00:00Z\",\"2024-03-01T13:02:03Z\"")
    }
}
