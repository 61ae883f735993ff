/// Finds the original bytes of each customer inside a saved `customer_search` page, so a
/// customer imported from a page is stored exactly as written, like any other record.
enum PageSlicer {
    /// The byte ranges (relative to `bytes`) of the elements of the page's top-level
    /// `"customers"` array, or nil when the key is not written plainly (with escapes, say).
    ///
    /// `bytes` must hold valid JSON (the page parsed): only strings, escapes and nesting are tracked.
    static func customerElements(in bytes: UnsafeRawBufferPointer) -> [Range<Int>]? {
        let key = Array("customers".utf8)
        let n = bytes.count
        var i = 0
        var depth = 0
        while i < n {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                let start = i + 1
                i = endOfString(bytes, from: start)
                if depth == 1 && i - start == key.count && key.indices.allSatisfy({ bytes[start + $0] == key[$0] }) {
                    var j = skipSpace(bytes, from: i + 1)
                    if j < n && bytes[j] == UInt8(ascii: ":") {
                        j = skipSpace(bytes, from: j + 1)
                        if j < n && bytes[j] == UInt8(ascii: "[") { return elements(bytes, from: j + 1) }
                    }
                }
                i += 1
                continue
            }
            if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { depth += 1 }
            if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") { depth -= 1 }
            i += 1
        }
        return nil
    }

    /// The ranges of the elements of the array whose first byte after `[` is at `start`.
    private static func elements(_ bytes: UnsafeRawBufferPointer, from start: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = skipSpace(bytes, from: start)
        var elementStart = i
        var depth = 0
        while i < bytes.count {
            let c = bytes[i]
            switch c {
            case UInt8(ascii: "\""):
                i = endOfString(bytes, from: i + 1)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 {
                    if elementStart < i { ranges.append(elementStart..<trimEnd(bytes, elementStart, i)) }
                    return ranges
                }
                depth -= 1
            case UInt8(ascii: ","):
                if depth == 0 {
                    ranges.append(elementStart..<trimEnd(bytes, elementStart, i))
                    i = skipSpace(bytes, from: i + 1)
                    elementStart = i
                    continue
                }
            default:
                break
            }
            i += 1
        }
        return ranges
    }

    /// The index of the quote closing the string whose first byte is at `from`.
    private static func endOfString(_ bytes: UnsafeRawBufferPointer, from: Int) -> Int {
        var i = from
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
            if bytes[i] == UInt8(ascii: "\"") { return i }
            i += 1
        }
        return bytes.count
    }

    private static func skipSpace(_ bytes: UnsafeRawBufferPointer, from: Int) -> Int {
        var i = from
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        return i
    }

    private static func trimEnd(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x0A || bytes[e - 1] == 0x0D || bytes[e - 1] == 0x09 { e -= 1 }
        return e
    }
}
