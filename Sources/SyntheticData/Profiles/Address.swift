/// A Japanese postal address shared by a household (the API's `addresses` nested objects).
struct Address: Sendable, Hashable {
    var postalCode: String
    var region: String
    var city: String
    var street: String

    init(area: JapaneseArea, _ rng: inout SeededRandom) {
        let tail = rng.below(1_000_000)
        let digits = String(tail + 1_000_000).dropFirst()
        postalCode = "\(area.postalLead)\(digits.prefix(2))-\(digits.suffix(4))"
        region = area.prefecture
        city = rng.pick(area.cities)
        street = "\(rng.pick(area.towns))\(rng.within(1...6))-\(rng.within(1...30))-\(rng.within(1...20))"
    }
}
