import Store

/// One run's clusters as `diff` needs them: an outline per cluster (no payload) in dense
/// indices, and the way from a stored cluster id to its index.
struct RunClusters {
    let runID: Int64
    let outlines: [ClusterOutlineRow]
    /// Stored cluster id → index into ``outlines``.
    let indexByID: [Int: Int32]

    var count: Int { outlines.count }

    static func read(_ store: CustomerStore, runID: Int64) throws -> RunClusters {
        var outlines: [ClusterOutlineRow] = []
        var indexByID: [Int: Int32] = [:]
        try store.forEachClusterOutline(runID: runID) { row in
            indexByID[row.clusterID] = Int32(outlines.count)
            outlines.append(row)
        }
        return RunClusters(runID: runID, outlines: outlines, indexByID: indexByID)
    }

    /// The confidence band of cluster `index`: the position of the highest floor it reaches.
    func band(_ index: Int32) -> Int {
        let confidence = outlines[Int(index)].confidence
        return ConfidenceBands.floors.firstIndex { confidence >= $0 } ?? ConfidenceBands.floors.count
    }
}
