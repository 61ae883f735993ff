/// A syntactically plausible address in write form (trimmed, NFKC, lower-cased), as bytes.
///
/// Works on UTF-8 bytes with an ASCII fast path: most addresses are ASCII, and Unicode
/// property lookups per character cost more than everything else in the batch.
struct EmailAddress {
    /// The write form.
    var bytes: [UInt8]
    /// Index of the `@` in `bytes`.
    var at: Int

    /// RFC 5321 limits.
    static let maximumLength = 254
    static let maximumLocalLength = 64

    var localBytes: ArraySlice<UInt8> { bytes[..<at] }
    var domainBytes: ArraySlice<UInt8> { bytes[(at + 1)...] }
    var domain: String { String(decoding: domainBytes, as: UTF8.self) }

    init?(_ raw: String) {
        // Surrounding spaces aside, nothing longer can be an address: skip the folding work.
        guard raw.utf8.count <= 4 * Self.maximumLength else { return nil }
        var bytes: [UInt8]
        if raw.utf8.allSatisfy({ $0 < 0x80 }) {
            bytes = []
            bytes.reserveCapacity(raw.utf8.count)
            for byte in raw.utf8 {
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            while let last = bytes.last, last <= 0x20 { bytes.removeLast() }
            if let first = bytes.firstIndex(where: { $0 > 0x20 }) { bytes.removeFirst(first) } else { return nil }
        } else {
            bytes = Array(UnicodeFolding.nfkcCasefold(Self.trimmed(raw)).utf8)
        }
        if bytes.starts(with: "mailto:".utf8) { bytes.removeFirst(7) }
        guard !bytes.isEmpty, bytes.count <= Self.maximumLength else { return nil }

        var at: Int?
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "@") {
                if at != nil { return nil }
                at = index
            } else if Self.isForbidden(byte) {
                return nil
            }
        }
        guard let at, at > 0, at <= Self.maximumLocalLength, at + 1 < bytes.count else { return nil }
        // Domain: at least two labels, none empty, none starting or ending with a hyphen.
        var labels = 0
        var labelStart = at + 1
        for index in (at + 1)...bytes.count {
            guard index == bytes.count || bytes[index] == UInt8(ascii: ".") else { continue }
            guard index > labelStart, bytes[labelStart] != UInt8(ascii: "-"), bytes[index - 1] != UInt8(ascii: "-")
            else { return nil }
            labels += 1
            labelStart = index + 1
        }
        guard labels >= 2 else { return nil }
        self.bytes = bytes
        self.at = at
    }

    /// Whitespace, controls and the characters that delimit addresses in text. (After NFKC,
    /// U+3000 and the other wide spaces have become U+0020.)
    private static func isForbidden(_ byte: UInt8) -> Bool {
        switch byte {
        case 0...0x20, 0x7F, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
             UInt8(ascii: "\\"), UInt8(ascii: "\""):
            return true
        default:
            return false
        }
    }

    /// Trims whitespace of every width (U+3000 included) from both ends.
    static func trimmed(_ raw: String) -> String {
        let scalars = raw.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace && $0.value >= 0x20 }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace && $0.value >= 0x20 })
        else { return "" }
        return String(scalars[first...last])
    }
}
