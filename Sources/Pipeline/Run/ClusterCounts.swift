import Store
import StoredRuns

/// The cluster figures of a run's summary, counted batch by batch as clusters are stored.
struct ClusterCounts {
    let autoMergeThreshold: Double
    var clusters = 0
    var autoMerge = 0
    /// At or above the auto-merge threshold but kept back by the guard or the size cap.
    var heldBack = 0
    var customers = 0
    /// Clusters per confidence band, highest band first (see ``bandFloors``).
    var byBand = [Int](repeating: 0, count: ClusterCounts.bandFloors.count)

    /// Lower edges of the confidence bands the summary lists.
    static let bandFloors = ConfidenceBands.floors

    init(autoMergeThreshold: Double) {
        self.autoMergeThreshold = autoMergeThreshold
    }

    mutating func add(_ rows: [ClusterRow]) {
        for row in rows {
            clusters += 1
            customers += row.size
            if row.autoMerge { autoMerge += 1 } else if row.confidence >= autoMergeThreshold { heldBack += 1 }
            if let band = Self.bandFloors.firstIndex(where: { row.confidence >= $0 }) { byBand[band] += 1 }
        }
    }
}
