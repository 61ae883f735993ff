/// Telling the layout of a file from its first bytes.
extension CustomerFileImporter {
    /// Reads enough of the file to tell its layout (past a byte order mark to the first
    /// non-blank byte, and for `{` to the end of that line), then drops the byte order mark.
    static func readHead(of file: InputFile, into buffer: ReadBuffer, chunk: Int, eof: inout Bool) throws(ImportError) -> ImportFormat {
        var first: UInt8?
        while !eof {
            first = buffer.count >= byteOrderMark.count ? firstByte(buffer.bytes) : nil
            if let first, first != UInt8(ascii: "{") || hasNewline(after: first, in: buffer.bytes) || buffer.count > 1 << 20 { break }
            eof = try buffer.read(from: file, size: chunk) == 0
        }
        if eof { first = firstByte(buffer.bytes) }
        guard let first else {
            throw ImportError(code: .empty, path: file.path, message: "the file is empty",
                              hint: "Give a file with customers: a JSON array, JSON Lines, or saved customer_search pages.")
        }
        let format = try format(of: buffer.bytes, first: first, path: file.path)
        if buffer.bytes.starts(with: byteOrderMark) { buffer.dropFirst(byteOrderMark.count) }
        return format
    }

    /// Whether a newline follows the first occurrence of `first` in `buffer`.
    static func hasNewline(after first: UInt8, in buffer: UnsafeRawBufferPointer) -> Bool {
        guard let start = buffer.firstIndex(of: first) else { return false }
        return buffer[start...].contains(0x0A)
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The first byte that is not whitespace (after a UTF-8 byte order mark), if any.
    static func firstByte(_ buffer: UnsafeRawBufferPointer) -> UInt8? {
        let start = buffer.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        return buffer[start...].first { !(($0 == 0x20) || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }
    }

    /// The layout, from the first bytes: `[` an array; `{` JSON Lines, unless the first line is
    /// a lone `{` (an object printed over several lines, as `jq .` does).
    static func format(of buffer: UnsafeRawBufferPointer, first: UInt8, path: String) throws(ImportError) -> ImportFormat {
        switch first {
        case UInt8(ascii: "["):
            return .jsonArray
        case UInt8(ascii: "{"):
            let start = buffer.firstIndex(of: first)!
            let lineEnd = buffer[start...].firstIndex(of: 0x0A) ?? buffer.endIndex
            let rest = buffer[(start + 1)..<lineEnd]
            return rest.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } && lineEnd < buffer.endIndex ? .jsonSequence : .jsonLines
        default:
            let start = buffer.firstIndex(of: first)!
            let preview = RejectLog.snippet(UnsafeRawBufferPointer(rebasing: buffer[start..<min(start + 40, buffer.count)]))
                .map { $0.isNewline || $0 == "\t" ? " " : $0 }
            throw ImportError(
                code: .notJSON, path: path,
                message: "the file is not JSON: it starts with \"\(String(preview))\"",
                hint: "Give a JSON array of customer objects, JSON Lines (one object per line), or saved customer_search pages; CSV and spreadsheets are not read.")
        }
    }
}
