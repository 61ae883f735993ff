/// What a merge does with a field where each member may hold something of its own: the memo,
/// phones, emails.
///
/// The raw values are the names used in the rules file.
public enum AppendPolicy: String, Sendable, Hashable, CaseIterable {
    /// The victims' values the victor lacks are added after the victor's own; nothing of the
    /// victor's is changed or removed.
    case append = "append"
    /// The victor keeps what it has and nothing is sent; each victim value lost is noted.
    case victor = "victor"
}
