/// One record found by the ``RecordSplitter``: a line of JSON Lines, or an element of an array.
struct RawRecord: Sendable {
    /// What kept the splitter from handing over the record's bytes whole.
    enum Problem: Sendable {
        /// Longer than the reading limit: the bytes were skipped; `kept` holds the first ones.
        case oversize(kept: [UInt8], length: Int)
        /// The file ended inside the record.
        case truncated
        /// Nothing between two commas of the array.
        case emptyElement
    }

    /// Byte range in the reading buffer, trimmed of surrounding whitespace.
    var start: Int
    var end: Int
    /// 1-based line where the record starts.
    var line: Int
    var problem: Problem?

    var count: Int { end - start }
}
