/// The fixed cast of a base: franchises, their shops and shop phones, and the shared concierge
/// numbers. Derived from the seed only.
struct Fixtures: Sendable {
    /// 24-hex franchise ids.
    let franchiseIDs: [[UInt8]]
    let franchiseSampler: WeightedSampler
    /// 24-hex shop ids per franchise.
    let shopIDs: [[[UInt8]]]
    /// The shop's own landline, which staff sometimes type into a placeholder record.
    let shopPhones: [[PhoneNumber]]
    /// Shared hotel / concierge / office numbers, each used by many unrelated bookings.
    let sharedPhones: [PhoneNumber]
    let sharedPhoneSampler: WeightedSampler

    init(configuration c: GeneratorConfiguration, householdCount: Int, phones: PhoneAllocator) {
        var rng = SeededRandom(seed: c.seed, stream: .fixtures, 0)
        var franchiseIDs: [[UInt8]] = []
        var shopIDs: [[[UInt8]]] = []
        var shopPhones: [[PhoneNumber]] = []
        var nextKey = householdCount
        for f in 0..<c.franchises {
            franchiseIDs.append(ObjectID.hex(timestamp: 0x5A00_0000 + UInt32(rng.below(0x0100_0000)), random: rng.next()))
            let shopCount = max(3, 16 / (f + 1))
            var ids: [[UInt8]] = []
            var shopLines: [PhoneNumber] = []
            for _ in 0..<shopCount {
                ids.append(ObjectID.hex(timestamp: 0x5B00_0000 + UInt32(rng.below(0x0200_0000)), random: rng.next()))
                shopLines.append(phones.landline(area: JapaneseArea.sampler.sample(&rng), key: nextKey))
                nextKey += 1
            }
            shopIDs.append(ids)
            shopPhones.append(shopLines)
        }
        self.franchiseIDs = franchiseIDs
        self.franchiseSampler = WeightedSampler(weights: (0..<c.franchises).map { 1 / Double($0 + 1) })
        self.shopIDs = shopIDs
        self.shopPhones = shopPhones

        let sharedCount = max(2, Int((Double(c.customers) / 100_000 * c.sharedPhonesPer100k).rounded()))
        var shared: [PhoneNumber] = []
        for _ in 0..<sharedCount {
            // Hotels and offices sit in the big cities.
            shared.append(phones.landline(area: rng.below(2), key: nextKey))
            nextKey += 1
        }
        self.sharedPhones = shared
        self.sharedPhoneSampler = .zipf(count: sharedCount, exponent: 0.8)
    }
}
