/// A stage of a batch run, for timings in the summary, the store and `status --json`.
///
/// Matching's stages are parts of `match`: the summary lists them indented under it and the
/// total counts only top-level stages. The names are the words written to JSON; indentation is
/// the human summary's business, never part of a name.
public enum Stage: String, Sendable, Hashable, CaseIterable {
    case load
    case normalize
    case match
    case index
    case block
    case estimateU = "estimate_u"
    case score
    case train
    case threshold
    case cluster
    case resolve
    case store
    /// Writing the standing index (`match`, incremental runs): after the run's own results.
    case standingIndex = "standing_index"

    /// The name written to JSON and shown in the summary.
    public var name: String { rawValue }

    /// The stage this one is a part of, or nil for a top-level stage.
    public var parent: Stage? {
        switch self {
        case .index, .block, .estimateU, .score, .train, .threshold, .cluster: return .match
        case .load, .normalize, .match, .resolve, .store, .standingIndex: return nil
        }
    }

    /// How many stages up the top-level one is (0 for a top-level stage).
    public var depth: Int { parent.map { $0.depth + 1 } ?? 0 }
}
