/// How much of the store's present a ``DuplicateFinder`` searches: its full run's index, the
/// overlay of the newest incremental run built on it, and the changes neither holds yet.
public struct IndexCoverage: Sendable, Hashable {
    /// The full run whose standing index is searched.
    public let indexRunID: Int64
    /// The incremental run whose overlay adds the changes since, if any.
    public let overlayRunID: Int64?
    /// Customers changed (created, edited, deleted) after the index and its overlay were
    /// made: `match` does not find them as they are now (a deleted one is never reported).
    /// Nil when the store cannot tell (the index's run predates the change log).
    public let unsearchedChanges: Int?

    public init(indexRunID: Int64, overlayRunID: Int64?, unsearchedChanges: Int?) {
        self.indexRunID = indexRunID
        self.overlayRunID = overlayRunID
        self.unsearchedChanges = unsearchedChanges
    }
}
