/// The ways people and systems write one phone number. A matcher has to see through all of them.
enum PhoneStyle: UInt8, Sendable, CaseIterable {
    /// `+819012345678`
    case e164
    /// `+81 90 1234 5678`
    case internationalSpaced
    /// `+81-90-1234-5678`
    case internationalDashed
    /// `090-1234-5678`, `(415) 555-0134`, `07700 900123`
    case national
    /// `09012345678`
    case nationalDigits
    /// `090 1234 5678`
    case nationalSpaced
    /// `０９０１２３４５６７８` — typed with a Japanese IME in full-width mode.
    case fullWidth
    /// `０９０－１２３４－５６７８`
    case fullWidthDashed

    /// Styles of Japanese numbers as typed into Japanese systems.
    static let japaneseWeights: [Double] = [0.40, 0.02, 0.02, 0.27, 0.18, 0.04, 0.05, 0.02]
    /// Styles of foreign numbers: mostly international forms.
    static let foreignWeights: [Double] = [0.55, 0.25, 0.12, 0.04, 0.01, 0.01, 0.01, 0.01]
    static let japaneseSampler = WeightedSampler(weights: japaneseWeights)
    static let foreignSampler = WeightedSampler(weights: foreignWeights)
}

extension PhoneNumber {
    /// The UTF-8 bytes of this number written in `style`.
    func written(_ style: PhoneStyle) -> [UInt8] {
        let plan = country.plan
        var out: [UInt8] = []
        out.reserveCapacity(24)
        switch style {
        case .e164:
            out.append(UInt8(ascii: "+"))
            out.append(contentsOf: plan.callingCode.utf8)
            out.append(contentsOf: nsn)
        case .internationalSpaced, .internationalDashed:
            out.append(UInt8(ascii: "+"))
            out.append(contentsOf: plan.callingCode.utf8)
            let sep = style == .internationalSpaced ? UInt8(ascii: " ") : UInt8(ascii: "-")
            out.append(sep)
            appendGroups(&out, separator: sep, trunk: [])
        case .national:
            if country == .us {
                out.append(UInt8(ascii: "("))
                out.append(contentsOf: nsn[0..<3])
                out.append(contentsOf: Array(") ".utf8))
                out.append(contentsOf: nsn[3..<6])
                out.append(UInt8(ascii: "-"))
                out.append(contentsOf: nsn[6...])
            } else {
                appendGroups(&out, separator: plan.separator, trunk: Array(plan.trunk.utf8))
            }
        case .nationalDigits:
            out.append(contentsOf: plan.trunk.utf8)
            out.append(contentsOf: nsn)
        case .nationalSpaced:
            appendGroups(&out, separator: UInt8(ascii: " "), trunk: Array(plan.trunk.utf8))
        case .fullWidth, .fullWidthDashed:
            var ascii: [UInt8] = []
            if style == .fullWidth {
                ascii.append(contentsOf: plan.trunk.utf8)
                ascii.append(contentsOf: nsn)
            } else {
                appendGroups(&ascii, separator: UInt8(ascii: "-"), trunk: Array(plan.trunk.utf8))
            }
            for byte in ascii { FullWidth.appendUTF8(of: byte, to: &out) }
        }
        return out
    }

    private func appendGroups(_ out: inout [UInt8], separator: UInt8, trunk: [UInt8]) {
        out.append(contentsOf: trunk)
        var start = 0
        for (i, length) in groups.enumerated() {
            if i > 0 { out.append(separator) }
            let end = min(nsn.count, start + length)
            out.append(contentsOf: nsn[start..<end])
            start = end
        }
        if start < nsn.count { out.append(contentsOf: nsn[start...]) }
    }
}
