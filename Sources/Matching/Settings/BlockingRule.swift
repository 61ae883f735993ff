/// A blocking rule: records that agree on every key (and on the franchise) become candidate pairs.
///
/// A block larger than `maximumBlockSize` is not expanded pair by pair: a phone shared by 500
/// bookings of a hotel concierge would make 125,000 pairs that say nothing. Its records can still
/// meet through the other rules.
public struct BlockingRule: Sendable, Hashable {
    public var name: String
    /// The keys, as the rules file writes them: a field name (`phone`, `last_name`, `city`), or a
    /// field name with a form suffix (see ``BlockingKey``): `last_name_initial`, `last_name_exact`.
    public var keys: [String]
    /// Also emit the key with family and given name swapped, so that swapped records meet.
    /// Always false for a rule without name keys.
    public var symmetricNames: Bool
    public var maximumBlockSize: Int

    public init(name: String, keys: [String], symmetricNames: Bool = true, maximumBlockSize: Int = 1_000) {
        self.name = name
        self.keys = keys
        self.symmetricNames = symmetricNames && keys.contains { BlockingKey($0).isNamePart }
        self.maximumBlockSize = maximumBlockSize
    }
}
