/// The phones and e-mails one record carries, already written out.
struct RecordContacts {
    var phones: [[UInt8]] = []
    var emails: [String] = []
    /// The record's only phone is a shared concierge number.
    var sharedPhone = false

    /// Picks the contacts of one record of `p`. Duplicates mostly keep the person's main mobile
    /// or e-mail, but a changed number, a spouse's phone or a missing e-mail happens.
    static func choose(for p: EntityProfile, fixtures: Fixtures, sharedPhoneRate: Double,
                       _ rng: inout SeededRandom) -> RecordContacts {
        var c = RecordContacts()
        switch p.kind {
        case .placeholder:
            if let raw = p.placeholderPhone { c.phones.append(Array(raw.utf8)) }
            if let line = p.landline { c.phones.append(line.written(japaneseStyle(&rng))) }
            if let email = p.email { c.emails.append(email) }
            return c
        case .japanese, .international:
            break
        }

        if rng.chance(sharedPhoneRate) {
            let shared = fixtures.sharedPhones[fixtures.sharedPhoneSampler.sample(&rng)]
            c.phones.append(shared.written(japaneseStyle(&rng)))
            c.sharedPhone = true
            if let email = p.email, rng.chance(0.5) { c.emails.append(EmailVariants.written(email, &rng)) }
            return c
        }

        var personal = p.mobile
        var previous: PhoneNumber?
        if p.newMobile != nil, rng.chance(0.3) {
            previous = rng.chance(0.3) ? p.mobile : nil
            personal = p.newMobile
        }
        if !p.familyMobiles.isEmpty, rng.chance(0.03) { personal = rng.pick(p.familyMobiles) }
        var chosen: [PhoneNumber] = []
        if let personal, rng.chance(0.985) { chosen.append(personal) }
        if let previous { chosen.append(previous) }
        if let local = p.localMobile, rng.chance(0.75) { chosen.append(local) }
        if let line = p.landline, rng.chance(chosen.isEmpty ? 0.9 : 0.3) {
            if rng.chance(0.3) { chosen.insert(line, at: 0) } else { chosen.append(line) }
        }
        if chosen.isEmpty, let fallback = personal ?? p.localMobile, rng.chance(0.9) { chosen.append(fallback) }
        for phone in chosen {
            let style = phone.country == .japan ? japaneseStyle(&rng) : foreignStyle(&rng)
            c.phones.append(phone.written(style))
        }

        if let email = p.email, rng.chance(0.9) { c.emails.append(EmailVariants.written(email, &rng)) }
        if let second = p.secondEmail, rng.chance(0.45) { c.emails.append(EmailVariants.written(second, &rng)) }
        if let family = p.familyEmail, rng.chance(0.5) { c.emails.append(EmailVariants.written(family, &rng)) }
        if c.emails.count > 1, rng.chance(0.3) { c.emails.swapAt(0, c.emails.count - 1) }
        return c
    }

    private static func japaneseStyle(_ rng: inout SeededRandom) -> PhoneStyle {
        PhoneStyle(rawValue: UInt8(PhoneStyle.japaneseSampler.sample(&rng)))!
    }

    private static func foreignStyle(_ rng: inout SeededRandom) -> PhoneStyle {
        PhoneStyle(rawValue: UInt8(PhoneStyle.foreignSampler.sample(&rng)))!
    }
}
