/// What a reviewer can say about a whole cluster.
public enum ReviewAction: String, Sendable, CaseIterable {
    /// Merge it as it stands (victor and members after any edit).
    case approve
    /// Do not merge it.
    case reject
    /// Forget the decision and every edit: back to the run's suggestion.
    case reset
}
