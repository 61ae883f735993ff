/// Writes compact JSON text straight into bytes, container by container.
///
/// ``JSONValue/serialized()`` needs the whole tree first; a run writes hundreds of thousands of
/// payloads whose shape is fixed, and building each tree only to walk it once cost more than
/// the writing. This writer produces the same text as serializing the equivalent tree (same
/// escaping, keys in the order written), and checks nothing: the caller keeps the nesting right.
public struct JSONTextWriter {
    public private(set) var bytes: [UInt8] = []
    /// One flag per open container: true until its first element is written.
    private var atStart: [Bool] = []
    /// A key was just written, so the value that follows takes no comma.
    private var afterKey = false

    public init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        atStart.append(true)
    }

    public mutating func endObject() {
        atStart.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        atStart.append(true)
    }

    public mutating func endArray() {
        atStart.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// The key of the next member of the open object.
    public mutating func key(_ key: String) {
        separate()
        JSONValue.writeString(key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    public mutating func string(_ s: String) {
        separate()
        JSONValue.writeString(s, into: &bytes)
    }

    public mutating func bool(_ b: Bool) {
        separate()
        bytes.append(contentsOf: (b ? "true" : "false").utf8)
    }

    public mutating func integer(_ n: Int) {
        separate()
        bytes.append(contentsOf: String(n).utf8)
    }

    /// Any value, written as ``JSONValue/write(into:pretty:indent:)`` would.
    public mutating func value(_ v: JSONValue) {
        separate()
        v.write(into: &bytes)
    }

    /// An array of strings.
    public mutating func strings(_ list: [String]) {
        beginArray()
        for s in list { string(s) }
        endArray()
    }

    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = atStart.indices.last else { return }
        if atStart[last] {
            atStart[last] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
    }
}
