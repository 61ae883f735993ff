/// Why two customers must never be merged.
public enum PinReason: String, Sendable, Hashable, CaseIterable {
    /// A reviewer rejected a cluster that held both.
    case rejected
    /// A reviewer took one of them out of a cluster that held the other.
    case removed
    /// An operator pinned them (`tcdedupe pins add`).
    case `operator`
}
