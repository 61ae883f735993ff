/// Which run wrote the overlay of a base's standing index, and up to which change-log position
/// it holds the changes (later ones are not in it).
public struct MatchOverlayHeader: Sendable, Hashable {
    public var baseRunID: Int64
    public var runID: Int64
    public var changePosition: Int64

    public init(baseRunID: Int64, runID: Int64, changePosition: Int64) {
        self.baseRunID = baseRunID
        self.runID = runID
        self.changePosition = changePosition
    }
}
