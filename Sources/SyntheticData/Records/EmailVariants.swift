/// How one record writes a known e-mail address: mostly as is, sometimes with changed case, Gmail
/// dots moved, a `+tag`, stray spaces or a full-width ＠ from a Japanese keyboard.
enum EmailVariants {
    static func written(_ address: String, _ rng: inout SeededRandom) -> String {
        let roll = rng.below(1000)
        switch roll {
        case 0..<950:
            return address
        case 950..<975:
            // Capitalised local part or all upper case.
            if rng.chance(0.5) { return address.uppercased() }
            guard let first = address.first else { return address }
            return first.uppercased() + address.dropFirst()
        case 975..<990:
            guard let at = address.firstIndex(of: "@") else { return address }
            let local = address[..<at]
            let domain = address[address.index(after: at)...]
            guard domain == "gmail.com" || domain == "googlemail.com" else { return address }
            if local.contains(".") {
                return local.filter { $0 != "." } + "@" + domain
            }
            let cut = local.index(local.startIndex, offsetBy: max(1, local.count / 2))
            return local[..<cut] + "." + local[cut...] + "@" + domain
        case 990..<995:
            guard let at = address.firstIndex(of: "@") else { return address }
            return address[..<at] + "+" + rng.pick(["rsv", "tablecheck", "food", "dining"]) + address[at...]
        case 995..<998:
            return " " + address + (rng.chance(0.5) ? " " : "")
        default:
            return address.replacingFirstAt()
        }
    }
}

extension String {
    fileprivate func replacingFirstAt() -> String {
        guard let at = firstIndex(of: "@") else { return self }
        return self[..<at] + "＠" + self[index(after: at)...]
    }
}
