/// The knobs of a synthetic customer base. Every rate has a default tuned so that the base looks
/// like a real restaurant group's CRM export: mostly Japanese customers, about a third of people
/// booked more than once under slightly different records, and the usual traps (families sharing a
/// home phone, hotel concierge numbers, staff placeholders, very common names).
public struct GeneratorConfiguration: Sendable, Hashable {
    /// Number of customer records to write. Exact: the last entity is cut short if needed.
    public var customers: Int
    /// Seed of the whole base: the same seed gives byte-identical output.
    public var seed: UInt64
    /// Share of people (entities) who have two to four records. Default `0.33`. Placeholder
    /// records never have duplicates, so the realised share among all entities is a little lower.
    public var duplicateRate: Double
    /// Share of entities with non-Japanese names, phones and e-mail habits. Default `0.2`.
    public var internationalShare: Double
    /// Number of franchises (restaurant groups); entities never cross franchises. Default `3`.
    /// Franchise sizes fall off like 1, 1/2, 1/3, ...
    public var franchises: Int
    /// Probability that a record carries a one-character typo or variant kanji in a name.
    /// Default `0.06`.
    public var typoRate: Double
    /// Share of entities that are staff placeholders (`ゲスト`, `Guest`, `Walk-in`, `.`) — each a
    /// different person. Default `0.004`.
    public var placeholderRate: Double
    /// Share of Japanese entities who belong to a multi-person household sharing surname, home
    /// phone and sometimes an e-mail. Default `0.12`.
    public var familyRate: Double
    /// Share of records booked through a shared hotel / concierge / office phone. Default `0.008`.
    public var sharedPhoneRate: Double
    /// Number of shared concierge phones per 100,000 customers (at least two). Default `6`, which
    /// puts roughly 50–500 bookings on each number.
    public var sharedPhonesPer100k: Double
    /// Probability that a record written in kanji carries the katakana reading. Default `0.55`.
    public var kanaReadingRate: Double

    /// The most customers one base may hold: the phone number spaces guarantee unique numbers up
    /// to this size.
    public static let maximumCustomers = 5_000_000

    public init(
        customers: Int,
        seed: UInt64 = 42,
        duplicateRate: Double = 0.33,
        internationalShare: Double = 0.2,
        franchises: Int = 3,
        typoRate: Double = 0.06,
        placeholderRate: Double = 0.004,
        familyRate: Double = 0.12,
        sharedPhoneRate: Double = 0.008,
        sharedPhonesPer100k: Double = 6,
        kanaReadingRate: Double = 0.55
    ) {
        self.customers = customers
        self.seed = seed
        self.duplicateRate = duplicateRate
        self.internationalShare = internationalShare
        self.franchises = franchises
        self.typoRate = typoRate
        self.placeholderRate = placeholderRate
        self.familyRate = familyRate
        self.sharedPhoneRate = sharedPhoneRate
        self.sharedPhonesPer100k = sharedPhonesPer100k
        self.kanaReadingRate = kanaReadingRate
    }

    /// Checks every knob and names the first one out of range.
    public func validate() throws(GeneratorConfigurationError) {
        guard (0...Self.maximumCustomers).contains(customers) else {
            throw GeneratorConfigurationError(
                knob: "customers", value: Double(customers),
                message: "must be between 0 and \(Self.maximumCustomers)")
        }
        guard (1...16).contains(franchises) else {
            throw GeneratorConfigurationError(
                knob: "franchises", value: Double(franchises), message: "must be between 1 and 16")
        }
        let rates: [(String, Double)] = [
            ("duplicateRate", duplicateRate), ("internationalShare", internationalShare),
            ("typoRate", typoRate), ("placeholderRate", placeholderRate),
            ("familyRate", familyRate), ("sharedPhoneRate", sharedPhoneRate),
            ("kanaReadingRate", kanaReadingRate),
        ]
        for (name, value) in rates where !(0...1).contains(value) {
            throw GeneratorConfigurationError(knob: name, value: value, message: "must be between 0 and 1")
        }
        guard familyRate < 0.9 else {
            throw GeneratorConfigurationError(
                knob: "familyRate", value: familyRate, message: "must be below 0.9")
        }
        guard sharedPhonesPer100k >= 0, sharedPhonesPer100k <= 1000 else {
            throw GeneratorConfigurationError(
                knob: "sharedPhonesPer100k", value: sharedPhonesPer100k,
                message: "must be between 0 and 1000")
        }
    }
}
