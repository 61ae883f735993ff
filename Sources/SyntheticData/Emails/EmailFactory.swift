import Support

/// Builds plausible personal e-mail addresses from a person's name, birthday and favourite words.
enum EmailFactory {
    /// A personal address, unique to `owner` in the registry.
    static func personal(
        given: String, surname: String, birthday: CivilDate?, domain: String, owner: UInt32,
        registry: inout EmailRegistry, _ rng: inout SeededRandom
    ) -> String {
        let g = given.isEmpty ? "guest" : given
        let s = surname.isEmpty ? "user" : surname
        let yy = birthday.map { twoDigits($0.year % 100) } ?? twoDigits(rng.below(100))
        var local: String
        switch rng.below(20) {
        case 0..<6: local = "\(g).\(s)" + (rng.chance(0.5) ? yy : "")
        case 6..<9: local = "\(s).\(g)" + (rng.chance(0.4) ? yy : "")
        case 9..<12: local = "\(g.prefix(1))\(s)" + yy
        case 12..<14: local = "\(s)_\(g)" + String(rng.below(1000))
        case 14..<17:
            let w1 = rng.pick(MiscLexicon.mailWords)
            let w2 = rng.pick(MiscLexicon.mailWords)
            local = rng.chance(0.5) ? "\(w1).\(w2)\(rng.below(100))" : "\(w1)-\(g)\(rng.below(1000))"
        case 17..<19:
            local = g + (birthday.map { twoDigits($0.month) + twoDigits($0.day) } ?? String(rng.below(10000)))
        default:
            local = s + String(100 + rng.below(9900))
        }
        var address = "\(local)@\(domain)"
        var attempt = 0
        while !registry.claim(address, owner: owner) {
            attempt += 1
            let suffix = attempt < 4 ? String(rng.below(100 * attempt * attempt)) : String(rng.below(1_000_000))
            address = "\(local)\(suffix)@\(domain)"
        }
        return address
    }

    /// A household's shared address (`tanaka-family@…`, `tanakake@…`).
    static func family(surname: String, domain: String, owner: UInt32, registry: inout EmailRegistry,
                       _ rng: inout SeededRandom) -> String {
        let local: String
        switch rng.below(4) {
        case 0: local = "\(surname)-family"
        case 1: local = "\(surname)ke"
        case 2: local = "\(surname).home"
        default: local = "\(surname)\(rng.below(100))"
        }
        var address = "\(local)@\(domain)"
        while !registry.claim(address, owner: owner) {
            address = "\(local)\(rng.below(10000))@\(domain)"
        }
        return address
    }

    private static func twoDigits(_ n: Int) -> String {
        n < 10 ? "0\(n)" : String(n)
    }
}
