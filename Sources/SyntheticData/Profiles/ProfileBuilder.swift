import Support

/// Rebuilds the truth about any entity from the seed on demand, so the generator never holds more
/// than the plan in memory. Each entity draws from its own random stream; only e-mail uniqueness
/// goes through the shared ``EmailRegistry``.
struct ProfileBuilder {
    let configuration: GeneratorConfiguration
    let plan: PopulationPlan
    let lexicon: Lexicon
    let phones: PhoneAllocator
    let fixtures: Fixtures

    /// 2015-01-01, the earliest first visit.
    static let firstDay = CivilDate(year: 2015, month: 1, day: 1).daysSinceEpoch
    /// 2025-09-30, the day of the export.
    static let exportDay = CivilDate(year: 2025, month: 9, day: 30).daysSinceEpoch

    func profile(of entity: Int, registry: inout EmailRegistry) -> EntityProfile {
        switch plan.kinds[entity] {
        case .japanese: return japanese(entity, registry: &registry)
        case .international: return international(entity, registry: &registry)
        case .placeholder: return placeholder(entity)
        }
    }

    // MARK: Households

    func household(_ h: Int, size: Int, registry: inout EmailRegistry) -> HouseholdProfile {
        var rng = SeededRandom(seed: configuration.seed, stream: .household, h)
        let surname = lexicon.surnameSampler.sample(&rng)
        let area = JapaneseArea.sampler.sample(&rng)
        let family = size > 1
        let landline = rng.chance(family ? 0.9 : 0.22) ? phones.landline(area: area, key: h) : nil
        let address = rng.chance(family ? 0.6 : 0.35) ? Address(area: JapaneseArea.all[area], &rng) : nil
        let franchise = fixtures.franchiseSampler.sample(&rng)
        let homeShop = rng.below(fixtures.shopIDs[franchise].count)
        let headBirthYear = 1948 + rng.below(45)
        var familyEmail: String?
        if family && rng.chance(0.3) {
            var mailRng = SeededRandom(seed: configuration.seed, stream: .household, h, 1)
            let domain = MiscLexicon.japaneseMailDomains[lexicon.japaneseMailSampler.sample(&mailRng)].domain
            familyEmail = EmailFactory.family(
                surname: lexicon.surnames[surname].asciiRomaji, domain: domain,
                owner: EmailRegistry.household(h), registry: &registry, &mailRng)
        }
        return HouseholdProfile(surname: surname, area: area, landline: landline, address: address,
                                franchise: franchise, homeShop: homeShop, familyEmail: familyEmail,
                                headBirthYear: headBirthYear)
    }

    /// Gender and given-name index of every member up to `member`, distinct within the household
    /// (parents do not give two children the same name).
    func memberNames(firstEntity: Int, upTo member: Int) -> [(female: Bool, given: Int)] {
        var names: [(female: Bool, given: Int)] = []
        for m in 0...member {
            var rng = SeededRandom(seed: configuration.seed, stream: .entity, firstEntity + m, 1)
            let female: Bool
            if m == 1, let head = names.first {
                female = rng.chance(0.85) ? !head.female : head.female
            } else {
                female = rng.chance(0.5)
            }
            let sampler = female ? lexicon.femaleSampler : lexicon.maleSampler
            var given = sampler.sample(&rng)
            while names.contains(where: { $0.female == female && $0.given == given }) {
                given = sampler.sample(&rng)
            }
            names.append((female, given))
        }
        return names
    }

    // MARK: Japanese

    private func japanese(_ e: Int, registry: inout EmailRegistry) -> EntityProfile {
        let h = Int(plan.households[e])
        let member = Int(plan.members[e])
        let size = Int(plan.householdSizes[e])
        let home = household(h, size: size, registry: &registry)
        let name = memberNames(firstEntity: e - member, upTo: member)[member]
        var rng = SeededRandom(seed: configuration.seed, stream: .entity, e)

        var p = EntityProfile(entity: e, kind: .japanese, household: h, householdSize: size,
                              franchise: home.franchise, homeShop: home.homeShop,
                              firstSeenDay: Self.firstDay + rng.below(Self.exportDay - Self.firstDay - 60))
        p.female = name.female
        p.surname = home.surname
        p.given = name.given

        let birthYear: Int
        switch member {
        case 0: birthYear = home.headBirthYear
        case 1: birthYear = home.headBirthYear + rng.within(-5...5)
        default: birthYear = min(2008, home.headBirthYear + rng.within(22...38))
        }
        if rng.chance(0.55) { p.birthday = CivilDate.random(inYear: birthYear, &rng) }

        if rng.chance(0.95) { p.mobile = phones.mobile(country: .japan, entity: e, slot: 0) }
        if rng.chance(0.06) { p.newMobile = phones.mobile(country: .japan, entity: e, slot: 1) }
        // Nobody books without a phone: people without a mobile give the home number.
        p.landline = home.landline ?? (p.mobile == nil ? phones.landline(area: home.area, key: h) : nil)
        if size > 1 {
            p.familyMobiles = (0..<size).filter { $0 != member }.map {
                phones.mobile(country: .japan, entity: e - member + $0, slot: 0)
            }
        }
        p.familyEmail = home.familyEmail
        p.address = home.address
        if rng.chance(0.12) { p.companyJapanese = rng.below(MiscLexicon.japaneseCompanies.count) }
        if rng.chance(0.02) { p.companyInternational = rng.below(MiscLexicon.internationalCompanies.count) }

        let given = lexicon.given(female: p.female)[p.given].asciiRomaji
        let surname = lexicon.surnames[p.surname].asciiRomaji
        var mailRng = SeededRandom(seed: configuration.seed, stream: .entity, e, 2)
        if mailRng.chance(0.65) {
            let domain = MiscLexicon.japaneseMailDomains[lexicon.japaneseMailSampler.sample(&mailRng)].domain
            p.email = EmailFactory.personal(given: given, surname: surname, birthday: p.birthday, domain: domain,
                                            owner: EmailRegistry.person(e), registry: &registry, &mailRng)
            if mailRng.chance(0.12) {
                let other = MiscLexicon.japaneseMailDomains[lexicon.japaneseMailSampler.sample(&mailRng)].domain
                p.secondEmail = EmailFactory.personal(
                    given: given, surname: surname, birthday: p.birthday, domain: other,
                    owner: EmailRegistry.person(e), registry: &registry, &mailRng)
                if p.secondEmail == p.email { p.secondEmail = nil }
            }
        }
        return p
    }
}
