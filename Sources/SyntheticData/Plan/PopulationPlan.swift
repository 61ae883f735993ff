/// The skeleton of a base: which entities exist, which household each belongs to, how many records
/// each has, and the shuffled order in which records are written.
///
/// The plan is small (a few bytes per record) so that 1.65M customers fit easily in memory; the
/// content of each record is produced later, on the fly, from per-entity random streams.
struct PopulationPlan: Sendable {
    /// Kind of each entity.
    var kinds: [EntityKind] = []
    /// Household index of each entity (a single person is a household of one).
    var households: [UInt32] = []
    /// Position of each entity in its household (0 = the first member).
    var members: [UInt8] = []
    /// Size of each entity's household.
    var householdSizes: [UInt8] = []
    /// Number of records of each entity (1...4).
    var recordCounts: [UInt8] = []
    /// Records in output order, each `entity << 3 | ordinal`.
    var slots: [UInt32] = []
    /// Number of households (indices `0..<householdCount`).
    var householdCount = 0
    /// Households of two or more people.
    var multiPersonHouseholds = 0

    var entityCount: Int { kinds.count }

    /// Sizes of a duplicated entity: 2, 3 or 4 records.
    private static let duplicateSizes = WeightedSampler(weights: [0.68, 0.22, 0.10])
    /// Sizes of a family household: 2, 3 or 4 people.
    private static let householdSizesSampler = WeightedSampler(weights: [0.55, 0.30, 0.15])
    private static let meanHouseholdSize = 2.6

    init(configuration c: GeneratorConfiguration) {
        var rng = SeededRandom(seed: c.seed, stream: .plan, 0)
        let expected = c.customers * 3 / 4 + 16
        kinds.reserveCapacity(expected)
        households.reserveCapacity(expected)
        members.reserveCapacity(expected)
        householdSizes.reserveCapacity(expected)
        recordCounts.reserveCapacity(expected)
        // Chance that a Japanese draw starts a household, so that `familyRate` of Japanese
        // entities end up in one: q·m / (q·m + 1 − q) = familyRate.
        let h = c.familyRate
        let m = Self.meanHouseholdSize
        let startHousehold = h / (m - (m - 1) * h)

        var records = 0
        while records < c.customers {
            let kind: EntityKind
            if rng.chance(c.placeholderRate) {
                kind = .placeholder
            } else if rng.chance(c.internationalShare) {
                kind = .international
            } else {
                kind = .japanese
            }
            var size = 1
            if kind == .japanese && rng.chance(startHousehold) {
                size = 2 + Self.householdSizesSampler.sample(&rng)
                multiPersonHouseholds += 1
            }
            let household = UInt32(householdCount)
            householdCount += 1
            for member in 0..<size where records < c.customers {
                var count = 1
                if kind != .placeholder && rng.chance(c.duplicateRate) {
                    count = 2 + Self.duplicateSizes.sample(&rng)
                }
                count = min(count, c.customers - records)
                kinds.append(kind)
                households.append(household)
                members.append(UInt8(member))
                householdSizes.append(UInt8(size))
                recordCounts.append(UInt8(count))
                records += count
            }
        }

        slots.reserveCapacity(records)
        for entity in 0..<kinds.count {
            for ordinal in 0..<Int(recordCounts[entity]) {
                slots.append(UInt32(entity) << 3 | UInt32(ordinal))
            }
        }
        // Fisher–Yates: duplicates end up far apart, as in a real export.
        var i = slots.count - 1
        while i > 0 {
            let j = rng.below(i + 1)
            slots.swapAt(i, j)
            i -= 1
        }
    }
}
