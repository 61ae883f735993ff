/// A strict RFC 8259 JSON parser built for bulk imports: millions of small documents.
///
/// What it accepts: exactly one value with optional whitespace (space, tab, CR, LF) around it,
/// in UTF-8. What it rejects, each with the byte offset and a reason a person can act on:
/// invalid UTF-8 (overlong forms, encoded surrogates, stray or truncated bytes), unescaped
/// control characters, unknown escapes, `\u` surrogates without their partner, numbers outside
/// the grammar (`01`, `1.`, `.5`, `+1`, `NaN`), trailing commas, comments, single quotes, a byte
/// order mark, anything after the value, and nesting deeper than ``maximumDepth`` (an error
/// instead of a stack overflow).
///
/// Choices:
/// - Numbers keep their source text (``JSONValue/number(_:)``): ids of twenty digits and prices
///   such as `1.10` survive unchanged.
/// - Object keys keep their source order.
/// - **Duplicate keys: the last value wins, in the position of the first occurrence** — what
///   JavaScript's and Ruby's `JSON.parse` do, so a record reads the same here as in the CRM
///   (a Rails application) that wrote it.
/// - No size limits: a parser cannot tell a long note from an attack; the importer limits sizes.
///
/// A parser reuses its scratch memory between documents, so keep one per thread for a bulk
/// load (it is not `Sendable`). For one-off parsing use ``JSONValue/init(parsing:)-(UnsafeRawBufferPointer)``.
///
/// - Complexity: O(n) in the input size, plus O(k²) integer comparisons for an object of k keys
///   only where two keys share a hash bit.
public final class JSONParser {
    /// The nesting depth used when none is given: far above any CRM record, far below a stack overflow.
    public static let defaultMaximumDepth = 512

    /// How many arrays and objects may nest; deeper input is rejected.
    public let maximumDepth: Int

    private var buffers = JSONParserBuffers()

    public init(maximumDepth: Int = JSONParser.defaultMaximumDepth) {
        self.maximumDepth = maximumDepth
    }

    deinit {
        buffers.release()
    }

    /// Parses one JSON document; error offsets count from the start of `bytes`.
    public func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONSyntaxError) -> JSONValue {
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            throw JSONSyntaxError(offset: 0, reason: "empty input: no JSON value")
        }
        var reader = JSONParserReader(
            base: base.assumingMemoryBound(to: UInt8.self), count: bytes.count,
            maximumDepth: maximumDepth, buffers: buffers)
        do {
            let value = try reader.parseDocument()
            buffers = reader.buffers
            buffers.reset()
            return value
        } catch {
            buffers = reader.buffers
            buffers.reset()
            throw error
        }
    }

    /// Parses one JSON document held in an array of bytes.
    public func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var result: Result<JSONValue, JSONSyntaxError>!
        bytes.withUnsafeBytes { raw in
            result = Result { () throws(JSONSyntaxError) -> JSONValue in try self.parse(raw) }
        }
        return try result.get()
    }

    /// Parses one JSON document held in a string (its UTF-8 bytes; offsets count those bytes).
    public func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        var text = text
        var result: Result<JSONValue, JSONSyntaxError>!
        text.withUTF8 { utf8 in
            result = Result { () throws(JSONSyntaxError) -> JSONValue in try self.parse(UnsafeRawBufferPointer(utf8)) }
        }
        return try result.get()
    }
}

extension JSONValue {
    /// Parses one strict JSON document from UTF-8 bytes (see ``JSONParser`` for what is accepted).
    public init(parsing bytes: UnsafeRawBufferPointer) throws(JSONSyntaxError) {
        self = try JSONParser().parse(bytes)
    }

    /// Parses one strict JSON document from UTF-8 bytes (see ``JSONParser`` for what is accepted).
    public init(parsing bytes: [UInt8]) throws(JSONSyntaxError) {
        self = try JSONParser().parse(bytes)
    }

    /// Parses one strict JSON document from a string (see ``JSONParser`` for what is accepted).
    public init(parsing text: String) throws(JSONSyntaxError) {
        self = try JSONParser().parse(text)
    }
}
