import Normalization

/// A deterministic customer base with duplicates, households and placeholders: the input of the
/// batch benchmarks (normalize, block, match).
///
/// About 70% of people have one record, the rest two to four; one person in five shares a
/// household (surname, landline, sometimes an email) with the previous one; 0.5% of records are
/// walk-in placeholders on one concierge phone. Same `seed`, same base.
enum CustomerBase {
    static func make(count: Int, seed: UInt64 = 42) -> [CustomerInput] {
        var random = FixtureRandom(seed: seed)
        var inputs: [CustomerInput] = []
        inputs.reserveCapacity(count)
        var previous: FixturePerson?
        while inputs.count < count {
            if random.chance(0.005) {
                inputs.append(placeholder(&random))
                continue
            }
            let household = random.chance(0.2) ? previous : nil
            let person = FixturePerson.make(&random, household: household)
            let copies = recordCount(&random)
            for copy in 0..<min(copies, count - inputs.count) {
                inputs.append(person.record(&random, first: copy == 0))
            }
            previous = person
        }
        return inputs
    }

    private static func recordCount(_ random: inout FixtureRandom) -> Int {
        let u = random.unit()
        return u < 0.68 ? 1 : u < 0.90 ? 2 : u < 0.97 ? 3 : 4
    }

    private static func placeholder(_ random: inout FixtureRandom) -> CustomerInput {
        CustomerInput(franchise: FixturePerson.franchises[0], lastName: random.pick(["ゲスト", "Walk-in", "未設定", "."]),
                      phones: ["03-5555-0101"])
    }
}
