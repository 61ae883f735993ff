import Normalization
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
        return Self.allocated(key: key, space: space, offset: offset) { value in
            PhoneNumber(country: country, prefixes: plan.mobilePrefixes, freeDigits: plan.freeDigits,
                        groups: plan.groups, value: value)
        }
    }

    /// The landline number with `key` in a Japanese area. Households use keys below the household
    /// count; shared desks and shops use keys above it.
    func landline(area index: Int, key: Int) -> PhoneNumber {
        let area = JapaneseArea.all[index]
        let space = PhoneNumber.spaceSize(prefixCount: area.landlinePrefixes.count, freeDigits: area.freeDigits)
        let offset = SplitMix64.mix(seed ^ (0x1A4D_0000 + UInt64(index)))
        return Self.allocated(key: UInt64(key), space: space, offset: offset) { value in
            PhoneNumber(country: .japan, prefixes: area.landlinePrefixes, freeDigits: area.freeDigits,
                        groups: area.groups, value: value)
        }
    }

    /// The number for `key`, stepping on through the scattered space until libphonenumber calls
    /// it valid: the plans above are coarse (a prefix range may hold blocks no operator was
    /// given), and a real customer's number is always an allocated one. A base with made-up
    /// numbers would let the matcher lose the evidence of two *different* phones, which real
    /// data keeps. Two keys can meet on one number only when both stepped (rare: a few per
    /// million), which is no worse than the real world's recycled numbers.
    private static func allocated(key: UInt64, space: UInt64, offset: UInt64,
                                  _ number: (UInt64) -> PhoneNumber) -> PhoneNumber {
        var first: PhoneNumber?
        for attempt in 0..<UInt64(64) {
            let candidate = number(Scatter.value(of: (key &+ attempt &* 0x9E37_79B9) % space, in: space, offset: offset))
            if first == nil { first = candidate }
            if case .success(let parsed) = PhoneNumberLibrary.parse(candidate.e164, region: "ZZ"), parsed.isValid {
                return candidate
            }
        }
        return first!
    }
}
