/// The one JSON writer: UTF-8 text straight into bytes, container by container.
///
/// Everything that writes JSON goes through it: the tree (``JSONValue/serialized()`` and its
/// pretty form are a walk that calls this writer), the stored payloads of a run (written without
/// building a tree, because hundreds of thousands of fixed-shape trees cost more than the
/// writing), and the synthetic customer base. One writer means one escaping rule and one
/// layout, so text written here equals the serialization of the equivalent tree.
///
/// Strings are escaped for JSON only (quote, backslash, control characters); text that will sit
/// inside an HTML `<script>` element must go through Reporting's `ScriptJSON`. The writer
/// checks nothing: the caller keeps the nesting right and writes one top-level value (call
/// ``reset()`` to start the next one).
public struct JSONTextWriter {
    public private(set) var bytes: [UInt8]
    /// Indented output for people: two spaces a level, `"key": value`.
    private let pretty: Bool
    /// Indentation level of the top-level value (a value written inside an existing document).
    private let baseIndent: Int
    private var depth = 0
    private var position = Position.afterKey

    /// Where the next element goes, which decides the separator before it.
    private enum Position {
        /// At the top or right after a key: no separator.
        case afterKey
        /// First element of the open container: a line break when pretty.
        case first
        /// After an element: a comma (and a line break when pretty).
        case afterElement
    }

    public init(capacity: Int = 256, pretty: Bool = false) {
        bytes = []
        bytes.reserveCapacity(capacity)
        self.pretty = pretty
        baseIndent = 0
    }

    /// A writer that appends to `bytes`, its top-level value indented `indent` levels.
    public init(appendingTo bytes: [UInt8], pretty: Bool, indent: Int) {
        self.bytes = bytes
        self.pretty = pretty
        baseIndent = indent
    }

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Empties the buffer (keeping its capacity) to write the next top-level value.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        depth = 0
        position = .afterKey
    }

    /// Hands the bytes over, leaving the writer empty (no copy).
    public mutating func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    // MARK: Containers

    public mutating func beginObject() {
        open(UInt8(ascii: "{"))
    }

    public mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        open(UInt8(ascii: "["))
    }

    public mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    /// The key of the next member of the open object.
    public mutating func key(_ key: String) {
        separate()
        Self.appendString(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        position = .afterKey
    }

    // MARK: Values

    public mutating func null() {
        raw { $0.append(contentsOf: "null".utf8) }
    }

    public mutating func bool(_ b: Bool) {
        raw { $0.append(contentsOf: (b ? "true" : "false").utf8) }
    }

    public mutating func integer(_ n: Int) {
        raw { $0.append(contentsOf: String(n).utf8) }
    }

    /// A number exactly as written (``JSONValue/number(_:)`` keeps the source text).
    public mutating func number(_ text: String) {
        raw { $0.append(contentsOf: text.utf8) }
    }

    public mutating func string(_ s: String) {
        raw { Self.appendString(s, to: &$0) }
    }

    /// A string given as scalars (the generator composes names scalar by scalar).
    public mutating func string(_ scalars: [Unicode.Scalar]) {
        raw { out in
            out.append(UInt8(ascii: "\""))
            for scalar in scalars { Self.appendEscaped(scalar, to: &out) }
            out.append(UInt8(ascii: "\""))
        }
    }

    /// An array of strings.
    public mutating func strings(_ list: [String]) {
        beginArray()
        for s in list { string(s) }
        endArray()
    }

    /// Any value, as the tree serialization writes it.
    public mutating func value(_ v: JSONValue) {
        switch v {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let n): number(n)
        case .string(let s): string(s)
        case .array(let items):
            beginArray()
            for item in items { value(item) }
            endArray()
        case .object(let object):
            beginObject()
            for member in object.members {
                key(member.key)
                value(member.value)
            }
            endObject()
        }
    }

    /// One scalar value whose text `body` appends itself (a date, an id written in place); the
    /// writer puts the separator before it. `body` must append exactly one complete JSON value.
    public mutating func raw(_ body: (inout [UInt8]) -> Void) {
        separate()
        body(&bytes)
        position = .afterElement
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        depth += 1
        position = .first
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty && position == .afterElement { newline() }
        bytes.append(bracket)
        position = .afterElement
    }

    @inline(__always)
    private mutating func separate() {
        switch position {
        case .afterKey:
            return
        case .first:
            if pretty { newline() }
        case .afterElement:
            bytes.append(UInt8(ascii: ","))
            if pretty { newline() }
        }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: (baseIndent + depth) * 2))
    }
}
