/// The outcome of checking one record against a standing index.
public struct CheckedRecord: Sendable, Hashable {
    /// Position of the record in the input (0-based).
    public let input: Int
    /// The record's own id, when it has one.
    public let customerID: String?
    /// The record is itself a customer of the indexed base (its id is in its own blocks): it
    /// is left out of its duplicates and counts once in the value statistics, not twice.
    public let inBase: Bool
    /// Distinct customers its blocks gave to score.
    public let candidates: Int
    /// Blocks the record fell into that were over their rule's cap (with the record in them),
    /// by rule name: a full run would make no pairs from them either.
    public let oversizedBlocks: [String]
    /// The likely duplicates, highest weight first.
    public let duplicates: [FoundDuplicate]
}
