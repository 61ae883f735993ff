/// The records one blocking key gathers in a standing index.
public struct StandingBlock: Sendable, Hashable {
    /// Index of the rule in the run's blocking rules.
    public let rule: Int
    public let key: UInt64
    /// The distinct records (indexes into the run's table), ascending.
    public let records: [Int32]
    /// Entries under the key, as the run's blocking counted the block: a record keyed twice
    /// by its swapped names counts twice. Compare it with ``maximumBlockSize``.
    public let size: Int
    /// The rule's cap: a block larger than this gives no pairs in a full run.
    public let maximumBlockSize: Int

    public init(rule: Int, key: UInt64, records: [Int32], size: Int, maximumBlockSize: Int) {
        self.rule = rule
        self.key = key
        self.records = records
        self.size = size
        self.maximumBlockSize = maximumBlockSize
    }

    /// Whether the run expanded this block into pairs (it had at most the cap's entries).
    public var wasExpanded: Bool { size <= maximumBlockSize }
}
