import Support

/// International and placeholder entities.
extension ProfileBuilder {
    func international(_ e: Int, registry: inout EmailRegistry) -> EntityProfile {
        var rng = SeededRandom(seed: configuration.seed, stream: .entity, e)
        let franchise = fixtures.franchiseSampler.sample(&rng)
        var p = EntityProfile(entity: e, kind: .international, household: Int(plan.households[e]), householdSize: 1,
                              franchise: franchise, homeShop: rng.below(fixtures.shopIDs[franchise].count),
                              firstSeenDay: Self.firstDay + rng.below(Self.exportDay - Self.firstDay - 60))
        let cultureIndex = lexicon.cultureSampler.sample(&rng)
        let culture = lexicon.cultures[cultureIndex]
        p.culture = cultureIndex
        p.female = rng.chance(0.5)
        p.foreignGiven = p.female
            ? culture.femaleGiven[culture.femaleSampler.sample(&rng)]
            : culture.maleGiven[culture.maleSampler.sample(&rng)]
        p.foreignSurname = culture.surnames[culture.surnameSampler.sample(&rng)]
        if rng.chance(0.4) { p.birthday = CivilDate.random(inYear: 1950 + rng.below(52), &rng) }

        let country = culture.culture.phoneCountries[culture.phoneSampler.sample(&rng)].country
        let hasForeign = rng.chance(0.8)
        if hasForeign { p.mobile = phones.mobile(country: country, entity: e, slot: 0) }
        if !hasForeign || rng.chance(0.3) { p.localMobile = phones.mobile(country: .japan, entity: e, slot: 0) }
        if rng.chance(0.08) { p.newMobile = phones.mobile(country: country, entity: e, slot: 1) }
        if rng.chance(0.15) { p.companyInternational = rng.below(MiscLexicon.internationalCompanies.count) }

        var mailRng = SeededRandom(seed: configuration.seed, stream: .entity, e, 2)
        if mailRng.chance(0.88) {
            let given = LatinForms.asciiLetters(p.foreignGiven)
            let surname = LatinForms.asciiLetters(p.foreignSurname)
            let domains = culture.culture.mailDomains
            let domain = domains[culture.mailSampler.sample(&mailRng)].domain
            p.email = EmailFactory.personal(given: given, surname: surname, birthday: p.birthday, domain: domain,
                                            owner: EmailRegistry.person(e), registry: &registry, &mailRng)
            if mailRng.chance(0.12) {
                let other = domains[culture.mailSampler.sample(&mailRng)].domain
                p.secondEmail = EmailFactory.personal(
                    given: given, surname: surname, birthday: p.birthday, domain: other,
                    owner: EmailRegistry.person(e), registry: &registry, &mailRng)
                if p.secondEmail == p.email { p.secondEmail = nil }
            }
        }
        return p
    }

    /// A staff placeholder: a made-up name and a made-up or shop contact. Never a real person's
    /// details, never a duplicate of anyone — however alike these records look.
    func placeholder(_ e: Int) -> EntityProfile {
        var rng = SeededRandom(seed: configuration.seed, stream: .entity, e)
        let franchise = fixtures.franchiseSampler.sample(&rng)
        let shop = rng.below(fixtures.shopIDs[franchise].count)
        var p = EntityProfile(entity: e, kind: .placeholder, household: Int(plan.households[e]), householdSize: 1,
                              franchise: franchise, homeShop: shop,
                              firstSeenDay: Self.firstDay + rng.below(Self.exportDay - Self.firstDay - 60))
        p.placeholderLast = rng.pick(MiscLexicon.placeholderLastNames)
        p.placeholderFirst = rng.chance(0.5) ? rng.pick(MiscLexicon.placeholderFirstNames) : ""
        switch rng.below(20) {
        case 0..<8: break
        case 8..<10: p.placeholderPhone = "0000000000"
        case 10..<11: p.placeholderPhone = "000-0000-0000"
        default: p.landline = fixtures.shopPhones[franchise][shop]
        }
        if rng.chance(0.45) { p.email = rng.pick(MiscLexicon.placeholderEmails) }
        return p
    }
}
