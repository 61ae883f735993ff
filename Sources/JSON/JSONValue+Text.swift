/// The tree's text, written by ``JSONTextWriter`` so that a tree and the same content written
/// container by container can never differ.
extension JSONValue {
    /// Compact JSON text; object keys in their stored order, non-ASCII written as UTF-8.
    public func serialized() -> String {
        var w = JSONTextWriter(capacity: 256)
        w.value(self)
        return w.text
    }

    /// Indented JSON text for people (two spaces a level).
    public func prettySerialized() -> String {
        var w = JSONTextWriter(capacity: 256, pretty: true)
        w.value(self)
        return w.text
    }

    /// Appends the UTF-8 JSON text of this value to `out`, its lines indented `indent` levels
    /// when pretty (a value placed inside a larger document).
    public func write(into out: inout [UInt8], pretty: Bool = false, indent: Int = 0) {
        var w = JSONTextWriter(appendingTo: out, pretty: pretty, indent: indent)
        out = []
        w.value(self)
        out = w.takeBytes()
    }

    /// Appends `s` as a JSON string literal (see ``JSONTextWriter/appendString(_:to:)``).
    public static func writeString(_ s: String, into out: inout [UInt8]) {
        JSONTextWriter.appendString(s, to: &out)
    }
}

extension JSONObject {
    /// Compact JSON text of this object.
    public func serialized() -> String { JSONValue.object(self).serialized() }
}
