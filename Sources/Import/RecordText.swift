/// Where a record's original text is.
enum RecordText: Sendable {
    /// Bytes of the reading buffer (absolute offsets, valid until the buffer is compacted).
    case slice(start: Int, end: Int)
    /// The first bytes of a record too large to keep whole.
    case kept([UInt8])
    /// Text made again from the parsed value (when the original bytes could not be found).
    case text(String)
}
