/// What a reviewer decided about one suggested merge.
public enum ReviewVerdict: String, Sendable, Hashable, CaseIterable {
    /// Merge it (with the victor and members as the reviewer left them).
    case approved
    /// Do not merge it.
    case rejected
    /// Edited (victor changed, a member removed) but neither approved nor rejected yet.
    case undecided
}
