import Support

/// Hands out phone numbers that are unique per key, so two people never share a number unless the
/// generator means them to (family landline, concierge desk, shop phone).
struct PhoneAllocator: Sendable {
    private let seed: UInt64

    init(seed: UInt64) { self.seed = seed }

    /// The mobile number `slot` of `entity` in `country` (slot 0 = main, 1 = a later number).
    func mobile(country: PhoneCountry, entity: Int, slot: Int) -> PhoneNumber {
        let plan = country.plan
        let key = UInt64(entity) * 2 + UInt64(slot)
        let space = PhoneNumber.spaceSize(prefixCount: plan.mobilePrefixes.count, freeDigits: plan.freeDigits)
        let offset = SplitMix64.mix(seed ^ (0xA11C_E000 + UInt64(country.rawValue)))
        let value = Scatter.value(of: key % space, in: space, offset: offset)
        return PhoneNumber(country: country, prefixes: plan.mobilePrefixes, freeDigits: plan.freeDigits,
                           groups: plan.groups, value: value)
    }

    /// The landline number with `key` in a Japanese area. Households use keys below the household
    /// count; shared desks and shops use keys above it.
    func landline(area index: Int, key: Int) -> PhoneNumber {
        let area = JapaneseArea.all[index]
        let space = PhoneNumber.spaceSize(prefixCount: area.landlinePrefixes.count, freeDigits: area.freeDigits)
        let offset = SplitMix64.mix(seed ^ (0x1A4D_0000 + UInt64(index)))
        let value = Scatter.value(of: UInt64(key) % space, in: space, offset: offset)
        return PhoneNumber(country: .japan, prefixes: area.landlinePrefixes, freeDigits: area.freeDigits,
                           groups: area.groups, value: value)
    }
}
