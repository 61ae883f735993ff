/// Mongo-style 24-hex-digit ids: a 4-byte timestamp followed by 8 bytes that are unique by
/// construction (a bijective mix of a counter), like the ids the CRM API hands out.
enum ObjectID {
    private static let digits = Array("0123456789abcdef".utf8)

    static func hex(timestamp: UInt32, random: UInt64) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 24)
        write(timestamp: timestamp, random: random, into: &out, at: 0)
        return out
    }

    /// Writes 24 hex digits at `offset` of `out` (which must have room).
    @inline(__always)
    static func write(timestamp: UInt32, random: UInt64, into out: inout [UInt8], at offset: Int) {
        var t = timestamp
        for i in stride(from: 7, through: 0, by: -1) {
            out[offset + i] = digits[Int(t & 0xF)]
            t >>= 4
        }
        var r = random
        for i in stride(from: 23, through: 8, by: -1) {
            out[offset + i] = digits[Int(r & 0xF)]
            r >>= 4
        }
    }

    /// Appends 16 hex digits of `value`.
    @inline(__always)
    static func appendHex(_ value: UInt64, to out: inout [UInt8]) {
        var v = value
        var tmp = [UInt8](repeating: 0, count: 16)
        for i in stride(from: 15, through: 0, by: -1) {
            tmp[i] = digits[Int(v & 0xF)]
            v >>= 4
        }
        out.append(contentsOf: tmp)
    }
}
