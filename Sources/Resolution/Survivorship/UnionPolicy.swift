/// What a merge does with a list whose entries are independent facts about the person: tags,
/// addresses, events (birthday, anniversary, ...).
///
/// The raw values are the names used in the rules file.
public enum UnionPolicy: String, Sendable, Hashable, CaseIterable {
    /// Every member's entries, each once (compared after normalization), the victor's first and
    /// untouched.
    case union = "union"
    /// The victor keeps its own list and nothing is sent; each victim entry lost is noted.
    case victor = "victor"
}
