import Store

extension ClusterCounts {
    /// Counts one stored cluster by its figures: an incremental run counts the clusters it
    /// carried over from the store, where they were copied without being read into memory.
    mutating func add(_ row: ClusterFiguresRow) {
        clusters += 1
        customers += row.size
        if row.autoMerge { autoMerge += 1 } else if row.confidence >= autoMergeThreshold { heldBack += 1 }
        if let band = Self.bandFloors.firstIndex(where: { row.confidence >= $0 }) { byBand[band] += 1 }
    }
}
