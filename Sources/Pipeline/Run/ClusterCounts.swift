import Store

/// The cluster figures of a run's summary, counted batch by batch as clusters are stored.
struct ClusterCounts {
    let autoMergeThreshold: Double
    var clusters = 0
    var autoMerge = 0
    /// At or above the auto-merge threshold but kept back by the guard or the size cap.
    var heldBack = 0
    var customers = 0

    init(autoMergeThreshold: Double) {
        self.autoMergeThreshold = autoMergeThreshold
    }

    mutating func add(_ rows: [ClusterRow]) {
        for row in rows {
            clusters += 1
            customers += row.size
            if row.autoMerge { autoMerge += 1 } else if row.confidence >= autoMergeThreshold { heldBack += 1 }
        }
    }
}
