/// Full-width forms (ｔａｎａｋａ, ０９０): what a Japanese IME produces when left in full-width mode.
enum FullWidth {
    /// The full-width form of a printable ASCII scalar; a space becomes U+3000 (ideographic space).
    @inline(__always)
    static func scalar(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v == 0x20 { return "\u{3000}" }
        if v > 0x20 && v < 0x7F { return Unicode.Scalar(v + 0xFEE0)! }
        return s
    }

    /// Full-width form of a whole name.
    static func apply(_ scalars: inout [Unicode.Scalar]) {
        for i in scalars.indices { scalars[i] = scalar(scalars[i]) }
    }

    /// Appends the UTF-8 of the full-width form of an ASCII byte.
    static func appendUTF8(of byte: UInt8, to out: inout [UInt8]) {
        let s = scalar(Unicode.Scalar(byte))
        out.append(contentsOf: s.utf8)
    }
}
