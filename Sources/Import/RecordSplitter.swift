#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds record boundaries in a stream of bytes read piece by piece, without parsing.
///
/// JSON Lines splits on newlines (a raw newline can never sit inside a JSON string, so a
/// broken line cannot swallow the next). Arrays and sequences run a small state machine that
/// tracks strings, escapes and nesting depth, so each element can be parsed alone and its line
/// is known. The state survives between pieces: a record may straddle two reads.
///
/// A record longer than `maxBytes` is not kept whole: the splitter keeps its first
/// `keepBytes`, skips the rest and reports it with ``RawRecord/Problem/oversize(kept:length:)``.
struct RecordSplitter {
    let format: ImportFormat
    let maxBytes: Int
    let keepBytes: Int

    /// Line number at `scanPos`.
    private(set) var line = 1
    /// Next byte to look at.
    private(set) var scanPos = 0
    /// First byte of the record being read, or nil between records (or while skipping).
    private var recordStart: Int?
    private var recordLine = 0
    /// Bytes of an oversize record skipped so far, and its first bytes.
    private var skipped: (kept: [UInt8], length: Int)?
    /// While skipping: the offset up to which skipped bytes are counted in `skipped.length`.
    private var skipMark = 0

    // State machine for arrays and sequences.
    private enum Place { case beforeArray, betweenElements, inElement, afterEnd }
    private var place: Place
    private var inString = false
    private var escaped = false
    private var depth = 0
    /// In a sequence, whether the current value is an object or array (else it runs to the end of its line).
    private var bracketed = false
    private var sawComma = false

    /// Notes for the summary ("the JSON array is not closed").
    private(set) var warnings: [String] = []

    init(format: ImportFormat, maxBytes: Int, keepBytes: Int) {
        self.format = format
        self.maxBytes = maxBytes
        self.keepBytes = keepBytes
        place = format == .jsonArray ? .beforeArray : .betweenElements
    }

    /// The offset before which the buffer's bytes are no longer needed.
    var retainFrom: Int { recordStart ?? scanPos }

    /// Shifts offsets after the caller dropped `shift` bytes from the front of the buffer.
    mutating func rebase(by shift: Int) {
        scanPos -= shift
        skipMark -= shift
        if let s = recordStart { recordStart = s - shift }
    }

    /// Scans `buffer` from where the last call stopped, calling `emit` for each complete
    /// record; at the end of the file (`eof`), also for the last one.
    mutating func scan(_ buffer: UnsafeRawBufferPointer, eof: Bool, emit: (RawRecord) -> Void) {
        switch format {
        case .jsonLines: scanLines(buffer, emit: emit)
        case .jsonArray, .jsonSequence: scanValues(buffer, emit: emit)
        }
        guard eof else { return }
        finish(buffer, emit: emit)
    }

    // MARK: JSON Lines

    private mutating func scanLines(_ buffer: UnsafeRawBufferPointer, emit: (RawRecord) -> Void) {
        let base = buffer.baseAddress!
        let count = buffer.count
        while scanPos < count {
            let found = memchr(base + scanPos, 0x0A, count - scanPos)
            guard let found else {
                if recordStart == nil && skipped == nil {
                    recordStart = scanPos
                    recordLine = line
                }
                scanPos = count
                checkOversize(buffer)
                return
            }
            let newline = UnsafeRawPointer(found) - base
            if skipped != nil {
                emitSkipped(end: newline, emit)
            } else {
                let start = recordStart ?? scanPos
                emitTrimmed(buffer, start: start, end: newline, line: recordStart == nil ? line : recordLine, emit: emit)
            }
            recordStart = nil
            line += 1
            scanPos = newline + 1
        }
    }

    // MARK: Arrays and sequences

    private mutating func scanValues(_ buffer: UnsafeRawBufferPointer, emit: (RawRecord) -> Void) {
        let bytes = buffer.bindMemory(to: UInt8.self)
        let count = bytes.count
        var i = scanPos
        defer { scanPos = i; checkOversize(buffer) }
        while i < count {
            let c = bytes[i]
            switch place {
            case .beforeArray:
                if c == UInt8(ascii: "[") { place = .betweenElements; sawComma = false } else if c == 0x0A { line += 1 }
                i += 1
            case .afterEnd:
                if c == 0x0A { line += 1 } else if !isSpace(c) {
                    warnings.append("bytes after the closing ']' (line \(line)) were ignored")
                    i = count
                    return
                }
                i += 1
            case .betweenElements:
                if c == 0x0A { line += 1; i += 1; continue }
                if isSpace(c) { i += 1; continue }
                if format == .jsonArray && c == UInt8(ascii: "]") {
                    if sawComma { warnings.append("a comma before the closing ']' on line \(line)") }
                    place = .afterEnd
                    i += 1
                    continue
                }
                if format == .jsonArray && c == UInt8(ascii: ",") {
                    emit(RawRecord(start: i, end: i, line: line, problem: .emptyElement))
                    sawComma = true
                    i += 1
                    continue
                }
                place = .inElement
                recordStart = i
                recordLine = line
                depth = 0
                inString = false
                escaped = false
                bracketed = c == UInt8(ascii: "{") || c == UInt8(ascii: "[")
            case .inElement:
                if inString {
                    // Run to the next quote, backslash or newline, eight bytes at a time while
                    // there is none (most of a record's bytes are inside strings).
                    if !escaped, let p = bytes.baseAddress {
                        while i + 8 <= count {
                            let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                            if Self.hasQuoteBackslashOrNewline(w) { break }
                            i += 8
                        }
                    }
                    while i < count {
                        let b = bytes[i]
                        if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false; i += 1; break }
                        if b == 0x0A { line += 1 }
                        i += 1
                    }
                    continue
                }
                switch c {
                case UInt8(ascii: "\""):
                    inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if format == .jsonArray && c == UInt8(ascii: "]") && depth == 0 {
                        endElement(buffer, at: i, emit: emit)
                        place = .afterEnd
                        i += 1
                        continue
                    }
                    depth = max(0, depth - 1)
                    if format == .jsonSequence && bracketed && depth == 0 {
                        endElement(buffer, at: i + 1, emit: emit)
                        i += 1
                        continue
                    }
                case UInt8(ascii: ","):
                    if format == .jsonArray && depth == 0 {
                        endElement(buffer, at: i, emit: emit)
                        sawComma = true
                        i += 1
                        continue
                    }
                case 0x0A:
                    if format == .jsonSequence && !bracketed {
                        endElement(buffer, at: i, emit: emit)
                        line += 1
                        i += 1
                        continue
                    }
                    line += 1
                default:
                    break
                }
                i += 1
            }
        }
    }

    private mutating func endElement(_ buffer: UnsafeRawBufferPointer, at end: Int, emit: (RawRecord) -> Void) {
        if skipped != nil {
            emitSkipped(end: end, emit)
        } else if let start = recordStart {
            emitTrimmed(buffer, start: start, end: end, line: recordLine, emit: emit)
        }
        recordStart = nil
        place = .betweenElements
        sawComma = false
    }

    // MARK: Shared

    private mutating func finish(_ buffer: UnsafeRawBufferPointer, emit: (RawRecord) -> Void) {
        switch format {
        case .jsonLines:
            if skipped != nil { emitSkipped(end: buffer.count, emit) } else if let start = recordStart {
                emitTrimmed(buffer, start: start, end: buffer.count, line: recordLine, emit: emit)
            }
            recordStart = nil
        case .jsonArray, .jsonSequence:
            if place == .inElement {
                let complete = !inString && depth == 0 && (format == .jsonArray || !bracketed)
                if skipped != nil {
                    emitSkipped(end: buffer.count, emit)
                } else if let start = recordStart {
                    var record = RawRecord(start: start, end: buffer.count, line: recordLine)
                    trim(buffer, &record)
                    if !complete { record.problem = .truncated }
                    if record.count > 0 || record.problem != nil { emit(record) }
                }
                recordStart = nil
                place = .betweenElements
            }
            if format == .jsonArray && place != .afterEnd {
                warnings.append("the JSON array is not closed: the file may be truncated")
            }
        }
    }

    /// Switches to skipping when the record being read has grown past `maxBytes`.
    private mutating func checkOversize(_ buffer: UnsafeRawBufferPointer) {
        if skipped != nil {
            skipped!.length += scanPos - skipMark
            skipMark = scanPos
            return
        }
        guard let start = recordStart, scanPos - start > maxBytes else { return }
        let kept = Array(UnsafeRawBufferPointer(rebasing: buffer[start..<min(scanPos, start + keepBytes)]))
        skipped = (kept, scanPos - start)
        skipMark = scanPos
        recordStart = nil
    }

    /// Reports the skipped record, which ends at `end`.
    private mutating func emitSkipped(end: Int, _ emit: (RawRecord) -> Void) {
        guard let s = skipped else { return }
        let length = s.length + max(0, end - skipMark)
        emit(RawRecord(start: 0, end: 0, line: recordLine, problem: .oversize(kept: s.kept, length: length)))
        skipped = nil
    }

    private func emitTrimmed(_ buffer: UnsafeRawBufferPointer, start: Int, end: Int, line: Int, emit: (RawRecord) -> Void) {
        var record = RawRecord(start: start, end: end, line: line)
        trim(buffer, &record)
        if record.count > 0 { emit(record) }
    }

    private func trim(_ buffer: UnsafeRawBufferPointer, _ record: inout RawRecord) {
        while record.start < record.end, isSpace(buffer[record.start]) { record.start += 1 }
        while record.end > record.start, isSpace(buffer[record.end - 1]) { record.end -= 1 }
    }

    /// Whether any byte of `w` is `"`, `\` or a newline (SWAR: a byte equal to `k` becomes
    /// zero after `^ k`, and `(x - 1) & ~x` sets the high bit of a zero byte).
    @inline(__always)
    static func hasQuoteBackslashOrNewline(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let q = w ^ (ones &* 0x22)
        let b = w ^ (ones &* 0x5C)
        let n = w ^ (ones &* 0x0A)
        return (((q &- ones) & ~q) | ((b &- ones) & ~b) | ((n &- ones) & ~n)) & highs != 0
    }

    @inline(__always)
    private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A }
}
