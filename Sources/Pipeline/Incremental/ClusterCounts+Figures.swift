import Store

extension ClusterCounts {
    /// Counts one stored cluster by its figures: an incremental run counts the clusters it
    /// carries from the store, which were never read into memory.
    mutating func add(confidence: Double, autoMerge isAutoMerge: Bool, size: Int) {
        clusters += 1
        customers += size
        if isAutoMerge { autoMerge += 1 } else if confidence >= autoMergeThreshold { heldBack += 1 }
        if let band = Self.bandFloors.firstIndex(where: { confidence >= $0 }) { byBand[band] += 1 }
    }
}
