/// Which clusters a review list keeps by their decision.
public enum ReviewDecisionFilter: String, Sendable, CaseIterable {
    case any
    /// Neither approved nor rejected (an edited, undecided cluster still waits for a verdict).
    case open
    case approved
    case rejected
    /// Edited (another victor, a member removed) but not decided.
    case edited
}
