import JSON
import Support

/// Writes one customer record of an entity as a JSON object shaped like the TableCheck CRM API's
/// customer, with the record's own variations of the entity's truth.
struct RecordComposer {
    let configuration: GeneratorConfiguration
    let lexicon: Lexicon
    let fixtures: Fixtures
    let japaneseNames: JapaneseNameRenderer
    let internationalNames: InternationalNameRenderer
    /// Key mixed into customer ids, so different seeds give different ids.
    let idKey: UInt64

    init(configuration: GeneratorConfiguration, lexicon: Lexicon, fixtures: Fixtures) {
        self.configuration = configuration
        self.lexicon = lexicon
        self.fixtures = fixtures
        japaneseNames = JapaneseNameRenderer(lexicon: lexicon, typoRate: configuration.typoRate,
                                             kanaReadingRate: configuration.kanaReadingRate)
        internationalNames = InternationalNameRenderer(lexicon: lexicon, typoRate: configuration.typoRate)
        idKey = SplitMix64.mix(configuration.seed ^ 0x1D5_0F_C0_57)
    }

    /// Writes record `ordinal` of `p`, placed at output position `slot`, into `b`.
    /// - Returns: whether the record's only phone is a shared concierge number.
    func write(_ p: EntityProfile, ordinal: Int, slot: Int, into b: inout JSONTextWriter) -> Bool {
        var rng = SeededRandom(seed: configuration.seed, stream: .record, p.entity, ordinal)

        // Activity: the first record is created when the person first came; others later.
        let lastDay = ProfileBuilder.exportDay - 1
        let createdDay = min(lastDay, p.firstSeenDay + (ordinal == 0 ? 0 : rng.below(1500)))
        let created = createdDay * 86_400 + rng.below(86_400)
        let reservations = rng.chance(0.12) ? 0
            : 1 + rng.below(3) + (rng.chance(0.3) ? rng.below(10) : 0) + (rng.chance(0.04) ? rng.below(120) : 0)
        let lastVisit = reservations == 0 ? nil
            : (createdDay + rng.below(max(1, lastDay - createdDay))) * 86_400 + 36_000 + rng.below(43_200)
        let latest = max(created, lastVisit ?? 0)
        let updated = min(latest + rng.below(30 * 86_400), max(latest, ProfileBuilder.exportDay * 86_400 + 86_399))
        let customerRandom = SplitMix64.mix(UInt64(slot) ^ idKey)
        let idTime = UInt32(truncatingIfNeeded: created)

        let name: RenderedName = switch p.kind {
        case .japanese: japaneseNames.render(p, &rng)
        case .international: internationalNames.render(p, &rng)
        case .placeholder: RenderedName(
            first: p.placeholderFirst.isEmpty ? nil : Array(p.placeholderFirst.unicodeScalars),
            last: Array(p.placeholderLast.unicodeScalars))
        }
        let contacts = RecordContacts.choose(for: p, fixtures: fixtures,
                                             sharedPhoneRate: configuration.sharedPhoneRate, &rng)
        let shop = rng.chance(0.75) ? p.homeShop : rng.below(fixtures.shopIDs[p.franchise].count)

        b.reset()
        b.beginObject()
        b.key("id"); b.objectID(timestamp: idTime, random: customerRandom)
        b.key("franchise_id"); b.rawString(fixtures.franchiseIDs[p.franchise])
        b.key("parent_shop_id"); b.rawString(fixtures.shopIDs[p.franchise][shop])
        let emptyStrings = rng.chance(0.2)
        b.key("first_name"); b.optionalString(name.first, emptyString: emptyStrings)
        b.key("last_name"); b.optionalString(name.last, emptyString: emptyStrings)
        b.key("first_name_kana"); b.optionalString(name.firstKana, emptyString: emptyStrings)
        b.key("last_name_kana"); b.optionalString(name.lastKana, emptyString: emptyStrings)
        b.key("company_name"); writeCompany(p, &rng, &b)

        b.key("phones")
        b.beginArray()
        for phone in contacts.phones { b.rawString(phone) }
        b.endArray()
        b.key("phone_objects")
        b.beginArray()
        for (i, phone) in contacts.phones.enumerated() {
            b.beginObject()
            b.key("id"); b.objectID(timestamp: idTime, random: SplitMix64.mix(customerRandom &+ UInt64(i + 1)))
            b.key("number"); b.rawString(phone)
            b.endObject()
        }
        b.endArray()
        b.key("emails")
        b.beginArray()
        for email in contacts.emails { b.string(email) }
        b.endArray()
        b.key("email_objects")
        b.beginArray()
        for (i, email) in contacts.emails.enumerated() {
            b.beginObject()
            b.key("id"); b.objectID(timestamp: idTime, random: SplitMix64.mix(customerRandom &+ UInt64(i + 17)))
            b.key("email"); b.string(email)
            b.endObject()
        }
        b.endArray()

        b.key("addresses")
        b.beginArray()
        if let address = p.address, rng.chance(0.3) {
            b.beginObject()
            b.key("id"); b.objectID(timestamp: idTime, random: SplitMix64.mix(customerRandom &+ 33))
            b.key("postal_code"); b.string(address.postalCode)
            b.key("country"); b.string("JP")
            b.key("region"); b.string(address.region)
            b.key("city"); b.string(address.city)
            b.key("street"); b.string(address.street)
            b.endObject()
        }
        b.endArray()

        b.key("events")
        b.beginArray()
        if let birthday = p.birthday, rng.chance(0.75) {
            b.beginObject()
            b.key("event_type"); b.string("birthday")
            b.key("date"); b.date(birthday)
            b.endObject()
        }
        if rng.chance(0.03) {
            b.beginObject()
            b.key("event_type"); b.string("anniversary")
            b.key("date"); b.date(CivilDate.random(inYear: 1985 + rng.below(38), &rng))
            b.endObject()
        }
        b.endArray()

        b.key("reservation_count"); b.integer(reservations)
        b.key("last_visit_at")
        if let lastVisit { b.timestamp(lastVisit) } else { b.null() }
        b.key("created_at"); b.timestamp(created)
        b.key("updated_at"); b.timestamp(updated)
        b.key("merged_customer_ids"); b.beginArray(); b.endArray()
        writeExtras(&rng, &b)
        b.endObject()
        return contacts.sharedPhone
    }

    /// `company_name`: a Japanese company as 株式会社X, (株)X, ㈱X, X株式会社 or X; or a foreign one.
    private func writeCompany(_ p: EntityProfile, _ rng: inout SeededRandom, _ b: inout JSONTextWriter) {
        if let c = p.companyJapanese, rng.chance(0.6) {
            let stem = MiscLexicon.japaneseCompanies[c]
            switch rng.below(10) {
            case 0..<4: b.string("株式会社" + stem)
            case 4..<6: b.string("(株)" + stem)
            case 6: b.string("㈱" + stem)
            case 7: b.string(stem + "株式会社")
            default: b.string(stem)
            }
        } else if let c = p.companyInternational, rng.chance(0.6) {
            let name = MiscLexicon.internationalCompanies[c]
            b.string(rng.chance(0.1) ? name.uppercased() : name)
        } else {
            b.null()
        }
    }

    /// Fields the engine does not know and must carry through untouched.
    private func writeExtras(_ rng: inout SeededRandom, _ b: inout JSONTextWriter) {
        b.key("memo")
        if rng.chance(0.12) { b.string(rng.pick(MiscLexicon.memos)) } else { b.null() }
        b.key("tags")
        b.beginArray()
        if rng.chance(0.3) {
            let first = rng.below(MiscLexicon.tags.count)
            b.string(MiscLexicon.tags[first])
            if rng.chance(0.3) { b.string(MiscLexicon.tags[(first + 1 + rng.below(3)) % MiscLexicon.tags.count]) }
        }
        b.endArray()
        b.key("allow_marketing")
        switch rng.below(10) {
        case 0..<5: b.bool(true)
        case 5..<9: b.bool(false)
        default: b.null()
        }
    }
}
