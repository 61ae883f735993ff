/// Writes an international name the way one record has it: accents kept or dropped, case changed,
/// nickname, family-first names in either order, Korean given names with or without the hyphen.
struct InternationalNameRenderer {
    let lexicon: Lexicon
    let typoRate: Double

    func render(_ p: EntityProfile, _ rng: inout SeededRandom) -> RenderedName {
        let culture = lexicon.cultures[p.culture].culture
        var given = p.foreignGiven
        var surname = p.foreignSurname

        if rng.chance(0.1), let nicks = culture.nicknames[String(String.UnicodeScalarView(given))] {
            given = Array(rng.pick(nicks).unicodeScalars)
        }
        if given.contains("-"), rng.chance(0.4) {
            // Min-su → Minsu or Min Su.
            let spaced = rng.chance(0.3)
            var out: [Unicode.Scalar] = []
            var capitalizeNext = false
            for c in given {
                if c == "-" {
                    if spaced { out.append(" "); capitalizeNext = true }
                    continue
                }
                if capitalizeNext {
                    out.append(contentsOf: Character(c).uppercased().unicodeScalars)
                    capitalizeNext = false
                } else {
                    out.append(c)
                }
            }
            given = out
        }
        if rng.chance(0.3) {
            let german = culture.surnames.contains("Müller") && rng.chance(0.4)
            given = LatinForms.folded(given, german: german)
            surname = LatinForms.folded(surname, german: german)
        }
        if rng.chance(typoRate) {
            if rng.chance(0.5) {
                if !Typos.latin(&surname, &rng) { Typos.latin(&given, &rng) }
            } else {
                if !Typos.latin(&given, &rng) { Typos.latin(&surname, &rng) }
            }
        }
        switch rng.below(100) {
        case 0..<18:
            given = LatinForms.uppercased(given)
            surname = LatinForms.uppercased(surname)
        case 18..<28:
            given = LatinForms.lowercased(given)
            surname = LatinForms.lowercased(surname)
        case 28..<34:
            surname = LatinForms.uppercased(surname)
        default:
            break
        }
        if rng.chance(0.02) {
            FullWidth.apply(&given)
            FullWidth.apply(&surname)
        }

        var name = RenderedName(first: given, last: surname)
        if rng.chance(0.02) {
            let familyFirst = culture.familyFirst ? rng.chance(0.7) : rng.chance(0.1)
            name.first = familyFirst ? surname + [" "] + given : given + [" "] + surname
            name.last = nil
        } else if rng.chance(0.03) {
            name.first = nil
        } else if rng.chance(culture.familyFirst ? 0.3 : 0.05) {
            name.swap()
        }
        if rng.chance(0.03), let l = name.last {
            let title: String = p.female ? (rng.chance(0.5) ? "Ms. " : "Mrs. ") : "Mr. "
            name.last = Array(title.unicodeScalars) + l
        }
        if rng.chance(0.02), let f = name.first { name.first = f + [" "] }
        return name
    }
}
