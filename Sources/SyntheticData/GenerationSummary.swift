/// What a generation run produced: the figures to print next to a benchmark.
public struct GenerationSummary: Sendable, Hashable {
    /// Customer records written.
    public var customers: Int
    /// Distinct people (entities) behind the records.
    public var entities: Int
    /// Entities with two or more records.
    public var entitiesWithDuplicates: Int
    /// True matching pairs: the sum of n·(n−1)/2 over entities of n records.
    public var truePairs: Int
    /// Multi-person households (family hard negatives).
    public var households: Int
    /// Placeholder records (`ゲスト`, `Guest`, ...), each its own entity.
    public var placeholderRecords: Int
    /// Records whose only phone is a shared concierge / hotel number.
    public var sharedPhoneRecords: Int
    /// Bytes of JSON Lines written (newlines included).
    public var customerBytes: Int

    public init(
        customers: Int = 0, entities: Int = 0, entitiesWithDuplicates: Int = 0, truePairs: Int = 0,
        households: Int = 0, placeholderRecords: Int = 0, sharedPhoneRecords: Int = 0,
        customerBytes: Int = 0
    ) {
        self.customers = customers
        self.entities = entities
        self.entitiesWithDuplicates = entitiesWithDuplicates
        self.truePairs = truePairs
        self.households = households
        self.placeholderRecords = placeholderRecords
        self.sharedPhoneRecords = sharedPhoneRecords
        self.customerBytes = customerBytes
    }
}
