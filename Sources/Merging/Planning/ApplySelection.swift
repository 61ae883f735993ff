/// Which clusters of a run `apply` merges.
public enum ApplySelection: Sendable, Hashable, CustomStringConvertible {
    /// The clusters `report --auto-merge-only` lists: at or above the rules' auto-merge
    /// threshold, no over-merge guard objection, within the size cap.
    case auto
    /// The same with another threshold instead of the rules' one.
    case autoThreshold(Double)
    /// The clusters a reviewer approved (`tcdedupe review` or `tcdedupe decide`).
    case approved

    /// As written into the journal.
    public var description: String {
        switch self {
        case .auto: return "auto"
        case .autoThreshold(let x): return "auto-threshold \(x)"
        case .approved: return "approved"
        }
    }
}
