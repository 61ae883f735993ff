import Foundation

extension GroundTruth {
    /// The required header of a truth CSV.
    public static let csvHeader = "customer_id,entity_id"

    /// Reads a truth CSV file (`customer_id,entity_id` header, one row per customer).
    /// - Throws: ``TruthError`` naming the file and line of the first bad row.
    public init(csvFile path: String) throws(TruthError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TruthError(code: .unreadableFile, path: path, message: "cannot read the truth file (check the path)")
        }
        try self.init(csvBytes: [UInt8](data), path: path)
    }

    /// Parses truth CSV text.
    /// - Throws: ``TruthError`` naming the line of the first bad row.
    public init(csv text: String) throws(TruthError) {
        try self.init(csvBytes: Array(text.utf8), path: nil)
    }

    /// Parses truth CSV bytes. Fields may be wrapped in double quotes; `\r\n` line ends, a UTF-8
    /// byte-order mark and blank lines are accepted.
    ///
    /// - Complexity: O(n) in the size of the input.
    public init(csvBytes bytes: [UInt8], path: String? = nil) throws(TruthError) {
        var builder = Builder()
        builder.reserve(bytes.count / 40)
        var lineNumber = 0
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var sawHeader = false
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            var lineEnd = end
            if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let line = bytes[start..<lineEnd]
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }

            let fields = Self.fields(line)
            if !sawHeader {
                let header = fields.map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased() }
                guard header == ["customer_id", "entity_id"] else {
                    throw TruthError(code: .missingHeader, path: path, line: lineNumber,
                                     message: "expected the header \(Self.csvHeader), found \"\(String(decoding: line.prefix(80), as: UTF8.self))\"")
                }
                sawHeader = true
                continue
            }
            guard fields.count == 2 else {
                throw TruthError(code: .badRow, path: path, line: lineNumber,
                                 message: "expected 2 fields (customer_id,entity_id), found \(fields.count): \"\(String(decoding: line.prefix(80), as: UTF8.self))\"")
            }
            try builder.add(customerID: Self.text(fields[0]), entityID: Self.text(fields[1]), line: lineNumber, path: path)
        }
        guard sawHeader else {
            throw TruthError(code: .missingHeader, path: path, line: nil,
                             message: "the truth is empty; expected the header \(Self.csvHeader)")
        }
        self = builder.build()
    }

    /// Splits a line at commas outside double quotes.
    private static func fields(_ line: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var fields: [ArraySlice<UInt8>] = []
        var fieldStart = line.startIndex
        var quoted = false
        var i = line.startIndex
        while i < line.endIndex {
            let b = line[i]
            if b == 0x22 { quoted.toggle() } else if b == 0x2C && !quoted {
                fields.append(line[fieldStart..<i])
                fieldStart = i + 1
            }
            i += 1
        }
        fields.append(line[fieldStart..<line.endIndex])
        return fields
    }

    /// A field's text without surrounding blanks and quotes (`""` inside quotes is one quote).
    private static func text(_ field: ArraySlice<UInt8>) -> String {
        var s = field
        while let f = s.first, f == 0x20 || f == 0x09 { s = s.dropFirst() }
        while let l = s.last, l == 0x20 || l == 0x09 { s = s.dropLast() }
        if s.count >= 2, s.first == 0x22, s.last == 0x22 {
            let inner = String(decoding: s.dropFirst().dropLast(), as: UTF8.self)
            return inner.replacingOccurrences(of: "\"\"", with: "\"")
        }
        return String(decoding: s, as: UTF8.self)
    }
}
