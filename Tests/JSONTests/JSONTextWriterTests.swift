import Testing
import JSON

@Suite("Writing JSON text container by container")
struct JSONTextWriterTests {
    @Test("nested objects and arrays get their commas and colons where the tree serializer puts them")
    func matchesTreeSerializer() throws {
        var w = JSONTextWriter()
        w.beginObject()
        w.key("a"); w.integer(1)
        w.key("empty"); w.beginArray(); w.endArray()
        w.key("list"); w.strings(["x", "y\"z"])
        w.key("nested")
        w.beginArray()
        w.beginObject(); w.key("k"); w.bool(true); w.endObject()
        w.beginObject(); w.endObject()
        w.value(.null)
        w.endArray()
        w.key("v"); w.value(.object(JSONObject(["n": .number("2.5")])))
        w.endObject()
        let tree = JSONValue.object(JSONObject([
            "a": .number("1"),
            "empty": .array([]),
            "list": .array([.string("x"), .string("y\"z")]),
            "nested": .array([.object(JSONObject(["k": .bool(true)])), .object(JSONObject()), .null]),
            "v": .object(JSONObject(["n": .number("2.5")])),
        ]))
        #expect(w.text == tree.serialized())
        #expect(try JSONValue(parsing: w.text) == tree)
    }

    @Test("pretty text indents two spaces a level, keeps empty containers on one line, and can start indented")
    func prettyLayout() {
        let tree = JSONValue.object(JSONObject([
            "a": .array([.number("1"), .object(JSONObject())]),
            "b": .array([]),
            "c": .object(JSONObject(["d": .string("<&>")])),
        ]))
        #expect(tree.prettySerialized() == """
            {
              "a": [
                1,
                {}
              ],
              "b": [],
              "c": {
                "d": "<&>"
              }
            }
            """)
        var out = Array("[\n  ".utf8)
        JSONValue.object(JSONObject(["k": .bool(false)])).write(into: &out, pretty: true, indent: 1)
        #expect(String(decoding: out, as: UTF8.self) == "[\n  {\n    \"k\": false\n  }")
    }

    @Test("the generator's scalar-built strings are escaped like String ones")
    func scalarStringsMatchStrings() {
        let text = "VIP \"常連\"\n\\ tab\t\u{01} 😀 <b>"
        var fromScalars = JSONTextWriter()
        fromScalars.string(Array(text.unicodeScalars))
        var fromString = JSONTextWriter()
        fromString.string(text)
        #expect(fromScalars.bytes == fromString.bytes)
    }
}
