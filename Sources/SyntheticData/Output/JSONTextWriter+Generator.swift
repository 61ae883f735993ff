import JSON
import Support

/// The generator's own value shapes, written by the one JSON writer: dates, timestamps and
/// object ids are formatted straight into its buffer (no intermediate strings, a 1.65M-record
/// base writes tens of millions of them).
extension JSONTextWriter {
    /// A string value from UTF-8 bytes that need no escaping (ids, digits, full-width digits).
    mutating func rawString(_ utf8: [UInt8]) {
        raw { out in
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: utf8)
            out.append(UInt8(ascii: "\""))
        }
    }

    /// `"YYYY-MM-DD"`.
    mutating func date(_ d: CivilDate) {
        raw { out in
            out.append(UInt8(ascii: "\""))
            Self.appendDate(d, to: &out)
            out.append(UInt8(ascii: "\""))
        }
    }

    /// `"YYYY-MM-DDThh:mm:ssZ"` for seconds since 1970.
    mutating func timestamp(_ epochSeconds: Int) {
        let d = CivilDate(secondsSinceEpoch: epochSeconds)
        let secs = epochSeconds - d.daysSinceEpoch * 86_400
        raw { out in
            out.append(UInt8(ascii: "\""))
            Self.appendDate(d, to: &out)
            out.append(UInt8(ascii: "T"))
            Self.appendDigits(secs / 3600, width: 2, to: &out)
            out.append(UInt8(ascii: ":"))
            Self.appendDigits(secs / 60 % 60, width: 2, to: &out)
            out.append(UInt8(ascii: ":"))
            Self.appendDigits(secs % 60, width: 2, to: &out)
            out.append(UInt8(ascii: "Z"))
            out.append(UInt8(ascii: "\""))
        }
    }

    /// A 24-hex object id string value.
    mutating func objectID(timestamp: UInt32, random: UInt64) {
        raw { out in
            out.append(UInt8(ascii: "\""))
            let start = out.count
            out.append(contentsOf: repeatElement(0, count: 24))
            ObjectID.write(timestamp: timestamp, random: random, into: &out, at: start)
            out.append(UInt8(ascii: "\""))
        }
    }

    /// An optional text value: `null` when absent, or `""` when `emptyString` is set.
    mutating func optionalString(_ value: [Unicode.Scalar]?, emptyString: Bool = false) {
        if let value {
            string(value)
        } else if emptyString {
            rawString([])
        } else {
            null()
        }
    }

    private static func appendDate(_ d: CivilDate, to out: inout [UInt8]) {
        appendDigits(d.year, width: 4, to: &out)
        out.append(UInt8(ascii: "-"))
        appendDigits(d.month, width: 2, to: &out)
        out.append(UInt8(ascii: "-"))
        appendDigits(d.day, width: 2, to: &out)
    }

    private static func appendDigits(_ value: Int, width: Int, to out: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var v = value
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(v / divisor % 10))
            v %= divisor
            divisor /= 10
        }
    }
}
